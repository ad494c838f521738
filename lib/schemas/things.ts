// What the messages name: the thing a text field holds ("The task cannot be empty.":
// validation.what.<thing>), what a choice picks ("Choose a cohort.": validation.choose.<choice>), and
// what was not found ("This week does not exist…": errors.things.<thing>, NotFoundError).
// One list each, so that tests/unit/i18n/usage.test.ts can check there are words for every one.
export const TEXT_THINGS = [
  "text",
  "task",
  "day",
  "reference",
  "comment",
  "name",
  "title",
  "objective",
  "achievement",
  "email",
] as const;
export type TextThing = (typeof TEXT_THINGS)[number];

export const CHOICES = ["cohort", "intern", "targetCohort", "person", "role", "importMode"] as const;
export type Choice = (typeof CHOICES)[number];

/** What a NotFoundError says is not there (or not the reader's to see). */
export const NOT_FOUND_THINGS = [
  "page",
  "person",
  "task",
  "cohort",
  "intern",
  "module",
  "day",
  "worklog",
  "week",
  "comment",
  "savedReply",
] as const;
export type Thing = (typeof NOT_FOUND_THINGS)[number];
