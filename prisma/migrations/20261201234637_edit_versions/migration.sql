-- AlterTable
ALTER TABLE "days" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "weeks" ADD COLUMN     "achievements_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "days_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "objectives_version" INTEGER NOT NULL DEFAULT 0;
