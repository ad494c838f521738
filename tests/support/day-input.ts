// saveDay's input as the day editor sends it, for tests that edit days through the data layer: an
// existing day as it is with new tasks, or a new one-date day.
import type { DayInput } from "@/lib/schemas/week";
import type { DayView } from "@/lib/server/data/weeks";

/** saveDay's input for an existing day of `weekId`, its label, dates and references as they are, with these tasks. */
export function dayInput(day: DayView, tasks: DayInput["tasks"], weekId: string): DayInput {
  return {
    weekId,
    dayId: day.id,
    baseVersion: day.version,
    label: day.label,
    startDate: day.startDate ?? undefined,
    endDate: day.endDate ?? undefined,
    references: day.references,
    tasks,
  };
}

/** saveDay's input for a new day on one date, with no references. */
export function newDayInput(weekId: string, label: string, date: string, tasks: DayInput["tasks"]): DayInput {
  return { weekId, baseVersion: 0, label, startDate: date, endDate: date, references: [], tasks };
}

/** A task the save keeps (by id), with its text or a new one. */
export const keep = (task: { id: string; text: string }, text = task.text) => ({ id: task.id, text, moduleCodes: [] });
/** A new task. */
export const add = (text: string) => ({ text, moduleCodes: [] });
