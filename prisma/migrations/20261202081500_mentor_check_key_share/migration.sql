-- Written by hand: the assignment check takes a key-share lock on the cohort's mentor row, so an
-- assignment to a mentor and that mentor's removal from the cohort cannot both commit unseen by
-- each other (the removal waits and its trigger clears the new assignment, or the check fails).
CREATE OR REPLACE FUNCTION "enrollment_mentor_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."mentor_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "cohort_mentors" WHERE "cohort_id" = NEW."cohort_id" AND "mentor_id" = NEW."mentor_id" FOR KEY SHARE
  ) THEN
    IF TG_OP = 'UPDATE' AND NEW."cohort_id" IS DISTINCT FROM OLD."cohort_id" AND NEW."mentor_id" = OLD."mentor_id" THEN
      NEW."mentor_id" := NULL;
    ELSE
      RAISE EXCEPTION 'mentor % does not mentor cohort %', NEW."mentor_id", NEW."cohort_id" USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END $$;
