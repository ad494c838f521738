-- CreateTable
CREATE TABLE "week_module_counts" (
    "week_id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "task_count" INTEGER NOT NULL DEFAULT 0,
    "done_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "week_module_counts_pkey" PRIMARY KEY ("week_id","module_id")
);

-- AddForeignKey
ALTER TABLE "week_module_counts" ADD CONSTRAINT "week_module_counts_week_id_fkey" FOREIGN KEY ("week_id") REFERENCES "weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "week_module_counts" ADD CONSTRAINT "week_module_counts_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (`prisma migrate diff` ignores functions and triggers), as week_task_counters is:
-- for each week and module, how many of the week's tasks reference the module and how many of those
-- are done, kept by the database whatever writes tasks and their module links. Deltas, not
-- recounts, so concurrent writers add up. A subtraction is an UPDATE (never an insert, so a week
-- being deleted gets no new row); an addition inserts the row when it is missing.

-- The counts of what exists now.
INSERT INTO "week_module_counts" ("week_id", "module_id", "task_count", "done_count")
SELECT d."week_id", tm."module_id", count(*)::int, (count(*) FILTER (WHERE t."done"))::int
FROM "task_modules" tm JOIN "tasks" t ON t."id" = tm."task_id" JOIN "days" d ON d."id" = t."day_id"
GROUP BY d."week_id", tm."module_id";

-- Module links added or removed: one statement per statement. Links removed with their task (or its
-- day) find no task here any more: the tasks and days triggers below have counted them out already.
CREATE FUNCTION "week_modules_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "week_module_counts" AS k ("week_id", "module_id", "task_count", "done_count")
    SELECT d."week_id", n."module_id", count(*)::int, (count(*) FILTER (WHERE t."done"))::int
    FROM new_links n JOIN "tasks" t ON t."id" = n."task_id" JOIN "days" d ON d."id" = t."day_id"
    GROUP BY d."week_id", n."module_id"
    ON CONFLICT ("week_id", "module_id") DO UPDATE
      SET "task_count" = k."task_count" + EXCLUDED."task_count", "done_count" = k."done_count" + EXCLUDED."done_count";
  ELSE
    UPDATE "week_module_counts" k SET "task_count" = k."task_count" - c.total, "done_count" = k."done_count" - c.done
    FROM (
      SELECT d."week_id", o."module_id", count(*)::int AS total, (count(*) FILTER (WHERE t."done"))::int AS done
      FROM old_links o JOIN "tasks" t ON t."id" = o."task_id" JOIN "days" d ON d."id" = t."day_id"
      GROUP BY d."week_id", o."module_id"
    ) c
    WHERE k."week_id" = c."week_id" AND k."module_id" = c."module_id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "task_modules_count_insert" AFTER INSERT ON "task_modules"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "week_modules_count_links"();
CREATE TRIGGER "task_modules_count_delete" AFTER DELETE ON "task_modules"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "week_modules_count_links"();

-- A task ticked, unticked or moved to another day: its links move their counts along. A tick of a
-- task that references no module joins nothing and writes nothing.
CREATE FUNCTION "week_modules_count_task_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "week_module_counts" AS k ("week_id", "module_id", "task_count", "done_count")
  SELECT x."week_id", tm."module_id", sum(x.total)::int, sum(x.done)::int
  FROM old_tasks o
  JOIN new_tasks n ON n."id" = o."id"
  JOIN "task_modules" tm ON tm."task_id" = n."id"
  CROSS JOIN LATERAL (
    SELECT d."week_id", -1 AS total, -(o."done"::int) AS done FROM "days" d WHERE d."id" = o."day_id"
    UNION ALL
    SELECT d."week_id", 1, n."done"::int FROM "days" d WHERE d."id" = n."day_id"
  ) x
  WHERE o."done" IS DISTINCT FROM n."done" OR o."day_id" IS DISTINCT FROM n."day_id"
  GROUP BY x."week_id", tm."module_id"
  HAVING sum(x.total) <> 0 OR sum(x.done) <> 0
  ON CONFLICT ("week_id", "module_id") DO UPDATE
    SET "task_count" = k."task_count" + EXCLUDED."task_count", "done_count" = k."done_count" + EXCLUDED."done_count";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "tasks_module_count_update" AFTER UPDATE ON "tasks"
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT
  EXECUTE FUNCTION "week_modules_count_task_changes"();

-- A task deleted takes its links' counts along, while its links are still there (they go with it
-- by cascade). A task deleted with its day finds no day here: the days trigger counted it out.
CREATE FUNCTION "week_modules_count_task_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "week_module_counts" k SET "task_count" = k."task_count" - 1, "done_count" = k."done_count" - OLD."done"::int
  FROM "task_modules" tm, "days" d
  WHERE tm."task_id" = OLD."id" AND d."id" = OLD."day_id" AND k."week_id" = d."week_id" AND k."module_id" = tm."module_id";
  RETURN OLD;
END;
$$;

CREATE TRIGGER "tasks_module_count_delete" BEFORE DELETE ON "tasks"
  FOR EACH ROW EXECUTE FUNCTION "week_modules_count_task_delete"();

-- A day deleted (its tasks and their links go with it) or moved to another week takes its counts along.
CREATE FUNCTION "week_modules_count_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "week_module_counts" k SET "task_count" = k."task_count" - c.total, "done_count" = k."done_count" - c.done
  FROM (
    SELECT tm."module_id", count(*)::int AS total, (count(*) FILTER (WHERE t."done"))::int AS done
    FROM "tasks" t JOIN "task_modules" tm ON tm."task_id" = t."id"
    WHERE t."day_id" = OLD."id"
    GROUP BY tm."module_id"
  ) c
  WHERE k."week_id" = OLD."week_id" AND k."module_id" = c."module_id";
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "week_module_counts" AS k ("week_id", "module_id", "task_count", "done_count")
    SELECT NEW."week_id", tm."module_id", count(*)::int, (count(*) FILTER (WHERE t."done"))::int
    FROM "tasks" t JOIN "task_modules" tm ON tm."task_id" = t."id"
    WHERE t."day_id" = NEW."id"
    GROUP BY tm."module_id"
    ON CONFLICT ("week_id", "module_id") DO UPDATE
      SET "task_count" = k."task_count" + EXCLUDED."task_count", "done_count" = k."done_count" + EXCLUDED."done_count";
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "days_module_count_delete" BEFORE DELETE ON "days"
  FOR EACH ROW EXECUTE FUNCTION "week_modules_count_day"();
CREATE TRIGGER "days_module_count_move" AFTER UPDATE OF "week_id" ON "days"
  FOR EACH ROW WHEN (OLD."week_id" IS DISTINCT FROM NEW."week_id") EXECUTE FUNCTION "week_modules_count_day"();
