-- AlterTable
ALTER TABLE "weeks" ADD COLUMN     "done_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "task_count" INTEGER NOT NULL DEFAULT 0;

-- Written by hand (`prisma migrate diff` ignores functions and triggers): weeks.task_count and
-- weeks.done_count always equal the week's tasks and done tasks, kept by the database whatever
-- writes the tasks (app, import, seed, tests). Deltas, not recounts, so concurrent writers add up.

-- The counts of the weeks that exist now.
UPDATE "weeks" w SET "task_count" = c.total, "done_count" = c.done
FROM (
  SELECT d."week_id", count(*)::int AS total, (count(*) FILTER (WHERE t."done"))::int AS done
  FROM "days" d JOIN "tasks" t ON t."day_id" = d."id"
  GROUP BY d."week_id"
) c
WHERE w."id" = c."week_id";

-- Tasks inserted, updated (done, or moved to another day) or deleted: one UPDATE of the weeks
-- concerned per statement. Tasks deleted with their day are counted out by the days trigger below
-- (by the time the cascade runs the day is gone, so the join here finds nothing for them).
CREATE FUNCTION "weeks_count_tasks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "weeks" w SET "task_count" = w."task_count" + c.total, "done_count" = w."done_count" + c.done
    FROM (
      SELECT d."week_id", count(*)::int AS total, (count(*) FILTER (WHERE n."done"))::int AS done
      FROM new_tasks n JOIN "days" d ON d."id" = n."day_id"
      GROUP BY d."week_id"
    ) c
    WHERE w."id" = c."week_id";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "weeks" w SET "task_count" = w."task_count" - c.total, "done_count" = w."done_count" - c.done
    FROM (
      SELECT d."week_id", count(*)::int AS total, (count(*) FILTER (WHERE o."done"))::int AS done
      FROM old_tasks o JOIN "days" d ON d."id" = o."day_id"
      GROUP BY d."week_id"
    ) c
    WHERE w."id" = c."week_id";
  ELSE
    -- Only the rows whose done or day changed (editing a task's text changes no count).
    UPDATE "weeks" w SET "task_count" = w."task_count" + c.total, "done_count" = w."done_count" + c.done
    FROM (
      SELECT x."week_id", sum(x.total)::int AS total, sum(x.done)::int AS done
      FROM old_tasks o
      JOIN new_tasks n ON n."id" = o."id"
      CROSS JOIN LATERAL (
        SELECT d."week_id", -1 AS total, -(o."done"::int) AS done FROM "days" d WHERE d."id" = o."day_id"
        UNION ALL
        SELECT d."week_id", 1, n."done"::int FROM "days" d WHERE d."id" = n."day_id"
      ) x
      WHERE o."done" IS DISTINCT FROM n."done" OR o."day_id" IS DISTINCT FROM n."day_id"
      GROUP BY x."week_id"
    ) c
    WHERE w."id" = c."week_id" AND (c.total <> 0 OR c.done <> 0);
  END IF;
  RETURN NULL;
END;
$$;

-- (Triggers with transition tables cannot name columns, so every UPDATE of tasks runs it.)
CREATE TRIGGER "tasks_count_insert" AFTER INSERT ON "tasks"
  REFERENCING NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION "weeks_count_tasks"();
CREATE TRIGGER "tasks_count_update" AFTER UPDATE ON "tasks"
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION "weeks_count_tasks"();
CREATE TRIGGER "tasks_count_delete" AFTER DELETE ON "tasks"
  REFERENCING OLD TABLE AS old_tasks FOR EACH STATEMENT EXECUTE FUNCTION "weeks_count_tasks"();

-- A day deleted (its tasks go with it) or moved to another week takes its tasks' counts along.
CREATE FUNCTION "weeks_count_day_tasks"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total int;
  done int;
BEGIN
  SELECT count(*)::int, (count(*) FILTER (WHERE t."done"))::int INTO total, done FROM "tasks" t WHERE t."day_id" = OLD."id";
  IF total > 0 THEN
    UPDATE "weeks" SET "task_count" = "task_count" - total, "done_count" = "done_count" - done WHERE "id" = OLD."week_id";
    IF TG_OP = 'UPDATE' THEN
      UPDATE "weeks" SET "task_count" = "task_count" + total, "done_count" = "done_count" + done WHERE "id" = NEW."week_id";
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "days_count_delete" BEFORE DELETE ON "days"
  FOR EACH ROW EXECUTE FUNCTION "weeks_count_day_tasks"();
CREATE TRIGGER "days_count_move" AFTER UPDATE OF "week_id" ON "days"
  FOR EACH ROW WHEN (OLD."week_id" IS DISTINCT FROM NEW."week_id") EXECUTE FUNCTION "weeks_count_day_tasks"();
