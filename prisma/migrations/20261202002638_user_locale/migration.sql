-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('vi', 'en');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "locale" "Locale";
