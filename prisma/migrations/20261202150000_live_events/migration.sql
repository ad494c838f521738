-- Live updates (docs/decisions/023): what changed, announced on channel worklog_live at commit, to the
-- one listening connection of each app instance (lib/server/live), which fans it out to the open
-- streams. Payloads, each a letter and ids:
--   "c <cohort> <version>"  the cohort's grid version moved (the grid, heatmap, overview, queue)
--   "r <cohort>"            review talk on one of its weeks (a comment, a reply, a thread resolved)
--   "i <intern>"            one of this intern's weeks or its comments changed (their dashboard)
--   "m <person>"            this person's access changed (cohorts mentored, enrollment, role, activity,
--                           a session ended): their open streams are closed and re-checked
-- PostgreSQL drops a repeated payload within one transaction, so each is sent once per commit.

-- The grid version's move, now announced with the new version.
CREATE OR REPLACE FUNCTION "grid_version_bump"(cohort UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bumped TEXT := coalesce(nullif(current_setting('worklog.grid_bumped', true), ''), ' ');
  version BIGINT;
BEGIN
  IF cohort IS NULL OR position(' ' || cohort::text || ' ' IN bumped) > 0 THEN
    RETURN;
  END IF;
  UPDATE "cohorts" SET "grid_version" = "grid_version" + 1 WHERE "id" = cohort RETURNING "grid_version" INTO version;
  PERFORM set_config('worklog.grid_bumped', bumped || cohort::text || ' ', true);
  IF version IS NOT NULL THEN
    PERFORM pg_notify('worklog_live', 'c ' || cohort::text || ' ' || version::text);
  END IF;
END $$;

-- A week's change is also its intern's.
CREATE OR REPLACE FUNCTION "grid_version_cohort_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "grid_version_bump"(NEW."cohort_id");
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "grid_version_bump"(OLD."cohort_id");
  ELSE
    PERFORM "grid_version_bump"(least(OLD."cohort_id", NEW."cohort_id"));
    PERFORM "grid_version_bump"(greatest(OLD."cohort_id", NEW."cohort_id"));
  END IF;
  IF TG_TABLE_NAME = 'weeks' AND TG_OP = 'DELETE' THEN
    PERFORM pg_notify('worklog_live', 'i ' || OLD."intern_id"::text);
  ELSIF TG_TABLE_NAME = 'weeks' THEN
    PERFORM pg_notify('worklog_live', 'i ' || NEW."intern_id"::text);
  END IF;
  RETURN NULL;
END $$;

-- Review talk: the week's cohort (the queue's unanswered replies) and its intern (their dashboard).
CREATE FUNCTION "live_review_comment"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  week UUID;
BEGIN
  IF TG_OP = 'DELETE' THEN
    week := OLD."week_id";
  ELSE
    week := NEW."week_id";
  END IF;
  PERFORM pg_notify('worklog_live', 'r ' || w."cohort_id"::text), pg_notify('worklog_live', 'i ' || w."intern_id"::text)
  FROM "weeks" w WHERE w."id" = week;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "review_comments_live" AFTER INSERT OR UPDATE OR DELETE ON "review_comments"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "live_review_comment"();

-- Access: who mentors or is enrolled where, a person's role and activity, and a session's end.
CREATE FUNCTION "live_access"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person UUID;
BEGIN
  -- One branch per table: a record's fields are checked when the statement naming them runs.
  IF TG_TABLE_NAME = 'users' THEN
    person := NEW."id";
  ELSIF TG_TABLE_NAME = 'cohort_mentors' AND TG_OP = 'DELETE' THEN
    person := OLD."mentor_id";
  ELSIF TG_TABLE_NAME = 'cohort_mentors' THEN
    person := NEW."mentor_id";
  ELSIF TG_OP = 'DELETE' THEN
    person := OLD."user_id";
  ELSE
    person := NEW."user_id";
  END IF;
  PERFORM pg_notify('worklog_live', 'm ' || person::text);
  RETURN NULL;
END $$;
CREATE TRIGGER "cohort_mentors_live" AFTER INSERT OR DELETE ON "cohort_mentors"
  FOR EACH ROW EXECUTE FUNCTION "live_access"();
CREATE TRIGGER "enrollments_live" AFTER INSERT OR DELETE OR UPDATE OF "cohort_id" ON "enrollments"
  FOR EACH ROW EXECUTE FUNCTION "live_access"();
CREATE TRIGGER "users_live" AFTER UPDATE OF "role", "deactivated_at" ON "users"
  FOR EACH ROW WHEN ((OLD."role", OLD."deactivated_at") IS DISTINCT FROM (NEW."role", NEW."deactivated_at"))
  EXECUTE FUNCTION "live_access"();
CREATE TRIGGER "sessions_live" AFTER DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "live_access"();
