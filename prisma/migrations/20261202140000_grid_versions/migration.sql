-- A cohort's grid version (docs/decisions/022): a number kept on the cohort and moved by every write
-- that changes what its grid, module heatmap or program overview row shows. The views' caches
-- (lib/server/cache) key on it. One rule, in the database, so that no write path can forget it.
--
-- The triggers are deferred to commit and move each cohort once per transaction: the cohort's row
-- is locked for the commit alone (ticks of one cohort queue there, not for their whole
-- transaction), and a reader that sees the new version sees the write with it. A counter under the
-- row's lock, not a sequence: sequence values are handed out before commit, so a reader could see
-- a larger one while a smaller is still uncommitted. A transaction that moves several cohorts locks
-- them in the order of their ids where one event names several (a move, a rename, the catalogue),
-- so that two such transactions do not deadlock.

-- AlterTable
ALTER TABLE "cohorts" ADD COLUMN     "grid_version" BIGINT NOT NULL DEFAULT 0;

-- Moves the cohort's version, once per transaction (the cohorts moved so far are kept in a
-- transaction-local setting, " <id> <id> ").
CREATE FUNCTION "grid_version_bump"(cohort UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bumped TEXT := coalesce(nullif(current_setting('worklog.grid_bumped', true), ''), ' ');
BEGIN
  IF cohort IS NULL OR position(' ' || cohort::text || ' ' IN bumped) > 0 THEN
    RETURN;
  END IF;
  UPDATE "cohorts" SET "grid_version" = "grid_version" + 1 WHERE "id" = cohort;
  PERFORM set_config('worklog.grid_bumped', bumped || cohort::text || ' ', true);
END $$;

-- A row of a table with a cohort_id (weeks, enrollments, cohort_mentors): written, moved between
-- cohorts (both, the smaller id first) or deleted.
CREATE FUNCTION "grid_version_cohort_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "grid_version_bump"(NEW."cohort_id");
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "grid_version_bump"(OLD."cohort_id");
  ELSE
    PERFORM "grid_version_bump"(least(OLD."cohort_id", NEW."cohort_id"));
    PERFORM "grid_version_bump"(greatest(OLD."cohort_id", NEW."cohort_id"));
  END IF;
  RETURN NULL;
END $$;

-- Weeks: a change of what the views show (status, dates, extension, the kept counts that ticks and
-- edits move, the last tick; the last change of a submitted week without a submission time, which
-- the queue and the overview reckon its wait from).
CREATE CONSTRAINT TRIGGER "weeks_grid_version_write" AFTER INSERT OR DELETE ON "weeks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_cohort_row"();
CREATE CONSTRAINT TRIGGER "weeks_grid_version_update" AFTER UPDATE ON "weeks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."cohort_id", OLD."intern_id", OLD."number", OLD."status", OLD."start_date", OLD."end_date",
         OLD."extended_until", OLD."submitted_at", OLD."approved_at", OLD."task_count", OLD."done_count",
         OLD."last_done_at")
        IS DISTINCT FROM
        (NEW."cohort_id", NEW."intern_id", NEW."number", NEW."status", NEW."start_date", NEW."end_date",
         NEW."extended_until", NEW."submitted_at", NEW."approved_at", NEW."task_count", NEW."done_count",
         NEW."last_done_at")
        OR (NEW."status" = 'SUBMITTED' AND NEW."submitted_at" IS NULL AND OLD."updated_at" IS DISTINCT FROM NEW."updated_at"))
  EXECUTE FUNCTION "grid_version_cohort_row"();

-- The heatmap's counts: module references added or removed (ticks move the week's counts too).
CREATE FUNCTION "grid_version_module_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "grid_version_bump"(w."cohort_id") FROM "weeks" w
  WHERE w."id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."week_id" ELSE NEW."week_id" END);
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "week_module_counts_grid_version" AFTER INSERT OR UPDATE OR DELETE ON "week_module_counts"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_module_count"();

-- Enrollments (joins, moves, leaving, an intern assigned to a mentor) and a cohort's mentors.
CREATE CONSTRAINT TRIGGER "enrollments_grid_version" AFTER INSERT OR UPDATE OR DELETE ON "enrollments"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_cohort_row"();
CREATE CONSTRAINT TRIGGER "cohort_mentors_grid_version" AFTER INSERT OR UPDATE OR DELETE ON "cohort_mentors"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_cohort_row"();

-- The cohort itself: renamed, moved in time, given more or fewer weeks.
CREATE FUNCTION "grid_version_cohort"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "grid_version_bump"(NEW."id");
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "cohorts_grid_version" AFTER UPDATE ON "cohorts"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."name", OLD."start_date", OLD."week_count") IS DISTINCT FROM (NEW."name", NEW."start_date", NEW."week_count"))
  EXECUTE FUNCTION "grid_version_cohort"();

-- A person renamed, given a new address or (de)activated: the cohort they are in and those they mentor.
CREATE FUNCTION "grid_version_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "grid_version_bump"(x."cohort_id")
  FROM (SELECT e."cohort_id" FROM "enrollments" e WHERE e."user_id" = NEW."id"
        UNION SELECT m."cohort_id" FROM "cohort_mentors" m WHERE m."mentor_id" = NEW."id"
        ORDER BY 1) x;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "users_grid_version" AFTER UPDATE ON "users"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."name", OLD."email", OLD."deactivated_at") IS DISTINCT FROM (NEW."name", NEW."email", NEW."deactivated_at"))
  EXECUTE FUNCTION "grid_version_user"();

-- What every cohort's views read: the module catalogue (the heatmap's columns) and the at-risk
-- thresholds. Rare admin edits; each moves every cohort. So does emptying any of these tables
-- (TRUNCATE fires no row triggers), at once.
CREATE FUNCTION "grid_version_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "grid_version_bump"(c."id") FROM (SELECT "id" FROM "cohorts" ORDER BY "id") c;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "modules_grid_version" AFTER INSERT OR UPDATE OR DELETE ON "modules"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_all"();
CREATE CONSTRAINT TRIGGER "program_settings_grid_version" AFTER INSERT OR UPDATE OR DELETE ON "program_settings"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "grid_version_all"();
CREATE TRIGGER "weeks_grid_version_truncate" AFTER TRUNCATE ON "weeks"
  FOR EACH STATEMENT EXECUTE FUNCTION "grid_version_all"();
CREATE TRIGGER "week_module_counts_grid_version_truncate" AFTER TRUNCATE ON "week_module_counts"
  FOR EACH STATEMENT EXECUTE FUNCTION "grid_version_all"();
CREATE TRIGGER "enrollments_grid_version_truncate" AFTER TRUNCATE ON "enrollments"
  FOR EACH STATEMENT EXECUTE FUNCTION "grid_version_all"();
CREATE TRIGGER "cohort_mentors_grid_version_truncate" AFTER TRUNCATE ON "cohort_mentors"
  FOR EACH STATEMENT EXECUTE FUNCTION "grid_version_all"();
