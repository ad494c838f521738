-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'COMMENT_REPLIED';
ALTER TYPE "NotificationKind" ADD VALUE 'WEEK_EXTENDED';

-- AlterTable
ALTER TABLE "enrollments" ADD COLUMN     "mentor_id" UUID;

-- AlterTable
ALTER TABLE "review_comments" ADD COLUMN     "awaiting_reviewer" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "parent_id" UUID,
ADD COLUMN     "resolved_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolved_by_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "digest_whole_cohort" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "weeks" ADD COLUMN     "extended_by_id" UUID,
ADD COLUMN     "extended_until" DATE;

-- CreateTable
CREATE TABLE "saved_replies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "risk_behind_weeks" INTEGER NOT NULL DEFAULT 2,
    "risk_falling_weeks" INTEGER NOT NULL DEFAULT 3,
    "risk_idle_days" INTEGER NOT NULL DEFAULT 5,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_settings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_replies_owner_id_position_idx" ON "saved_replies"("owner_id", "position");

-- CreateIndex
CREATE INDEX "saved_replies_shared_position_idx" ON "saved_replies"("shared", "position");

-- CreateIndex
CREATE INDEX "enrollments_mentor_id_idx" ON "enrollments"("mentor_id");

-- CreateIndex
CREATE INDEX "review_comments_parent_id_created_at_idx" ON "review_comments"("parent_id", "created_at");

-- CreateIndex
CREATE INDEX "review_comments_awaiting_reviewer_week_id_idx" ON "review_comments"("awaiting_reviewer", "week_id");

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_extended_by_id_fkey" FOREIGN KEY ("extended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "review_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (the diff does not model checks and triggers).

-- One row of program settings, with thresholds that make sense.
ALTER TABLE "program_settings" ADD CONSTRAINT "program_settings_one_row" CHECK ("id" = 1);
ALTER TABLE "program_settings" ADD CONSTRAINT "program_settings_thresholds"
  CHECK ("risk_behind_weeks" BETWEEN 1 AND 12 AND "risk_falling_weeks" BETWEEN 2 AND 12 AND "risk_idle_days" BETWEEN 1 AND 60);
INSERT INTO "program_settings" ("id", "updated_at") VALUES (1, CURRENT_TIMESTAMP);

-- An intern is assigned only to a mentor of their cohort: when the mentor stops mentoring the
-- cohort, or the intern moves to a cohort that mentor does not mentor, the assignment ends.
CREATE FUNCTION "enrollment_mentor_left"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "enrollments" SET "mentor_id" = NULL
  WHERE "cohort_id" = OLD."cohort_id" AND "mentor_id" = OLD."mentor_id";
  RETURN NULL;
END $$;
CREATE TRIGGER "cohort_mentors_unassign" AFTER DELETE ON "cohort_mentors"
  FOR EACH ROW EXECUTE FUNCTION "enrollment_mentor_left"();

CREATE FUNCTION "enrollment_mentor_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."mentor_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "cohort_mentors" WHERE "cohort_id" = NEW."cohort_id" AND "mentor_id" = NEW."mentor_id"
  ) THEN
    IF TG_OP = 'UPDATE' AND NEW."cohort_id" IS DISTINCT FROM OLD."cohort_id" AND NEW."mentor_id" = OLD."mentor_id" THEN
      NEW."mentor_id" := NULL;
    ELSE
      RAISE EXCEPTION 'mentor % does not mentor cohort %', NEW."mentor_id", NEW."cohort_id" USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "enrollments_mentor_check" BEFORE INSERT OR UPDATE OF "mentor_id", "cohort_id" ON "enrollments"
  FOR EACH ROW EXECUTE FUNCTION "enrollment_mentor_check"();

-- A reply answers a comment that opened a thread, on the same week (threads are one level deep).
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
