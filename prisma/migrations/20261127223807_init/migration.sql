-- CreateEnum
CREATE TYPE "Role" AS ENUM ('INTERN', 'MENTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "WeekStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "WeekItemKind" AS ENUM ('OBJECTIVE', 'ACHIEVEMENT');

-- CreateEnum
CREATE TYPE "ReviewDecisionKind" AS ENUM ('APPROVED', 'CHANGES_REQUESTED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role",
    "auth_subject" TEXT,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cohorts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "week_count" INTEGER NOT NULL DEFAULT 12,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cohorts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrollments" (
    "user_id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enrollments_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "cohort_mentors" (
    "cohort_id" UUID NOT NULL,
    "mentor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohort_mentors_pkey" PRIMARY KEY ("cohort_id","mentor_id")
);

-- CreateTable
CREATE TABLE "modules" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reference_url" TEXT,
    "curriculum_week" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "modules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "weeks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "intern_id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "status" "WeekStatus" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "front_matter" JSONB NOT NULL,
    "layout" JSONB,
    "extra_sections" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "weeks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "week_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "week_id" UUID NOT NULL,
    "kind" "WeekItemKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "week_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "days" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "week_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "start_text" TEXT,
    "end_text" TEXT,
    "references" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "days_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "day_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sub_items" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "done" BOOLEAN NOT NULL DEFAULT false,
    "done_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_modules" (
    "task_id" UUID NOT NULL,
    "module_id" UUID NOT NULL,

    CONSTRAINT "task_modules_pkey" PRIMARY KEY ("task_id","module_id")
);

-- CreateTable
CREATE TABLE "review_comments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "week_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "day_id" UUID,
    "task_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_decisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "week_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "decision" "ReviewDecisionKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "week_id" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_auth_subject_key" ON "users"("auth_subject");

-- CreateIndex
CREATE UNIQUE INDEX "cohorts_name_key" ON "cohorts"("name");

-- CreateIndex
CREATE INDEX "enrollments_cohort_id_idx" ON "enrollments"("cohort_id");

-- CreateIndex
CREATE INDEX "cohort_mentors_mentor_id_idx" ON "cohort_mentors"("mentor_id");

-- CreateIndex
CREATE UNIQUE INDEX "modules_code_key" ON "modules"("code");

-- CreateIndex
CREATE INDEX "modules_curriculum_week_code_idx" ON "modules"("curriculum_week", "code");

-- CreateIndex
CREATE INDEX "weeks_cohort_id_number_idx" ON "weeks"("cohort_id", "number");

-- CreateIndex
CREATE INDEX "weeks_status_submitted_at_idx" ON "weeks"("status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "weeks_intern_id_number_key" ON "weeks"("intern_id", "number");

-- CreateIndex
CREATE INDEX "week_items_week_id_kind_position_idx" ON "week_items"("week_id", "kind", "position");

-- CreateIndex
CREATE INDEX "days_week_id_position_idx" ON "days"("week_id", "position");

-- CreateIndex
CREATE INDEX "tasks_day_id_position_idx" ON "tasks"("day_id", "position");

-- CreateIndex
CREATE INDEX "task_modules_module_id_idx" ON "task_modules"("module_id");

-- CreateIndex
CREATE INDEX "review_comments_week_id_created_at_idx" ON "review_comments"("week_id", "created_at");

-- CreateIndex
CREATE INDEX "review_decisions_week_id_created_at_idx" ON "review_decisions"("week_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_week_id_created_at_idx" ON "audit_events"("week_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_mentors" ADD CONSTRAINT "cohort_mentors_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_mentors" ADD CONSTRAINT "cohort_mentors_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_intern_id_fkey" FOREIGN KEY ("intern_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "week_items" ADD CONSTRAINT "week_items_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "days" ADD CONSTRAINT "days_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_day_id_fkey" FOREIGN KEY ("day_id") REFERENCES "days"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_modules" ADD CONSTRAINT "task_modules_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_modules" ADD CONSTRAINT "task_modules_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_day_id_fkey" FOREIGN KEY ("day_id") REFERENCES "days"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks that Prisma's schema language cannot express (written by hand; `prisma migrate diff` ignores them).
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%');
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_week_count_range" CHECK ("week_count" BETWEEN 1 AND 52);
ALTER TABLE "modules" ADD CONSTRAINT "modules_code_format" CHECK ("code" ~ '^[0-9]{2}-[0-9]{2}$');
ALTER TABLE "modules" ADD CONSTRAINT "modules_curriculum_week_range" CHECK ("curriculum_week" BETWEEN 1 AND 52);
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_number_range" CHECK ("number" BETWEEN 1 AND 52);
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_dates_ordered" CHECK ("end_date" >= "start_date");
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_submitted_has_time" CHECK ("status" = 'DRAFT' OR "submitted_at" IS NOT NULL);
ALTER TABLE "weeks" ADD CONSTRAINT "weeks_approved_has_time" CHECK ("status" <> 'APPROVED' OR "approved_at" IS NOT NULL);
ALTER TABLE "week_items" ADD CONSTRAINT "week_items_position_nonnegative" CHECK ("position" >= 0);
ALTER TABLE "week_items" ADD CONSTRAINT "week_items_text_nonblank" CHECK (btrim("text") <> '');
ALTER TABLE "days" ADD CONSTRAINT "days_position_nonnegative" CHECK ("position" >= 0);
ALTER TABLE "days" ADD CONSTRAINT "days_dates_ordered" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_position_nonnegative" CHECK ("position" >= 0);
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_text_nonblank" CHECK (btrim("text") <> '');
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_done_has_time" CHECK (NOT "done" OR "done_at" IS NOT NULL);
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_body_nonblank" CHECK (btrim("body") <> '');
