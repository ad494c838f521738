-- AlterTable
ALTER TABLE "weeks" ADD COLUMN     "last_done_at" TIMESTAMPTZ(3);

-- Written by hand (`prisma migrate diff` ignores functions): weeks.last_done_at is when a task of
-- the week was last ticked done, kept by the tasks trigger of migration week_task_counters (the same
-- one UPDATE of the weeks concerned per statement), so that "no tick for N days" (lib/worklog/risk.ts)
-- reads one column per week for a whole cohort. It only moves forward: unticking a task, or deleting
-- it, leaves the time of the last tick as it was.

-- The weeks that exist now: their latest done task.
UPDATE "weeks" w SET "last_done_at" = c.last_done
FROM (
  SELECT d."week_id", max(t."done_at") AS last_done
  FROM "days" d JOIN "tasks" t ON t."day_id" = d."id"
  WHERE t."done" AND t."done_at" IS NOT NULL
  GROUP BY d."week_id"
) c
WHERE w."id" = c."week_id";

-- As in week_task_counters, with the last tick: tasks inserted done (an import, the seed) and tasks
-- ticked (done turned true) move it to their done_at when that is later.
CREATE OR REPLACE FUNCTION "weeks_count_tasks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "weeks" w SET "task_count" = w."task_count" + c.total, "done_count" = w."done_count" + c.done,
                         "last_done_at" = greatest(w."last_done_at", c.last_done)
    FROM (
      SELECT d."week_id", count(*)::int AS total, (count(*) FILTER (WHERE n."done"))::int AS done,
             max(n."done_at") FILTER (WHERE n."done") AS last_done
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
    UPDATE "weeks" w SET "task_count" = w."task_count" + c.total, "done_count" = w."done_count" + c.done,
                         "last_done_at" = greatest(w."last_done_at", c.last_done)
    FROM (
      SELECT x."week_id", sum(x.total)::int AS total, sum(x.done)::int AS done, max(x.last_done) AS last_done
      FROM old_tasks o
      JOIN new_tasks n ON n."id" = o."id"
      CROSS JOIN LATERAL (
        SELECT d."week_id", -1 AS total, -(o."done"::int) AS done, NULL::timestamptz AS last_done
        FROM "days" d WHERE d."id" = o."day_id"
        UNION ALL
        SELECT d."week_id", 1, n."done"::int, CASE WHEN n."done" AND NOT o."done" THEN n."done_at" END
        FROM "days" d WHERE d."id" = n."day_id"
      ) x
      WHERE o."done" IS DISTINCT FROM n."done" OR o."day_id" IS DISTINCT FROM n."day_id"
      GROUP BY x."week_id"
    ) c
    WHERE w."id" = c."week_id" AND (c.total <> 0 OR c.done <> 0);
  END IF;
  RETURN NULL;
END;
$$;
