// Which interns are at risk, and why: the one definition, used by the cohort page and its grid
// filter, the charts' trend and the mentors' digest. Pure: the data layer hands it each intern's
// weeks (the grid's cells, whose "behind" is schedule.ts's isWeekBehind) and the day of their last tick.
import { daysBetween, type IsoDate } from "./dates";
import { isEditableStatus, type GridStatus } from "./status";

/** The thresholds, kept in program_settings (one row) and changed by admins. */
export interface RiskSettings {
  /** (a) This many consecutive past weeks behind. */
  behindWeeks: number;
  /** (b) The done share strictly fell over this many consecutive past weeks (so one fewer falls). */
  fallingWeeks: number;
  /** (c) No tick for this many days while tasks were due. */
  idleDays: number;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = { behindWeeks: 2, fallingWeeks: 3, idleDays: 5 };

/** The bounds of each threshold: the same as the table's CHECK (migration mentor_workflow). */
export const RISK_BOUNDS = {
  behindWeeks: { min: 1, max: 12 },
  fallingWeeks: { min: 2, max: 12 },
  idleDays: { min: 1, max: 60 },
} as const satisfies Record<keyof RiskSettings, { min: number; max: number }>;

/** One week of an intern as the rule reads it: a cell of the grid, in program order. */
export interface RiskWeek {
  number: number;
  /** The program's week ends on this day (the grid's column): a week is past once it has ended before today. */
  programEndDate: IsoDate;
  /** The intern's own week (its page's dates). */
  startDate: IsoDate;
  status: GridStatus;
  done: number;
  total: number;
  /** isWeekBehind, as the grid worked it out (with the week's due date). */
  behind: boolean;
}

/** Why an intern is at risk, with the numbers the pages put in words. */
export type RiskReason =
  | { code: "behind"; weeks: number[] }
  | { code: "falling"; weeks: number[]; percents: number[] }
  | { code: "idle"; days: number; lastTick: IsoDate | null };

export type RiskCode = RiskReason["code"];

export const RISK_CODES = ["behind", "falling", "idle"] as const satisfies readonly RiskCode[];

/** The weeks that count for (a) and (b): those of the program that ended before today, in order. */
export function pastWeeks<W extends Pick<RiskWeek, "programEndDate">>(weeks: readonly W[], today: IsoDate): W[] {
  return weeks.filter((w) => w.programEndDate < today);
}

/** A week's done share as the grid shows it (whole percent, rounded down), or null when nothing was planned. */
export function donePercent(week: Pick<RiskWeek, "done" | "total">): number | null {
  return week.total > 0 ? Math.floor((Math.min(week.done, week.total) / week.total) * 100) : null;
}

/**
 * (a) The latest run of at least `count` consecutive past weeks that are all behind (now: a week
 * caught up or approved since is no longer behind), or null. Any such run counts, not only one ending
 * at the last past week: those weeks are still unfinished and unapproved today.
 */
export function behindRun(past: readonly RiskWeek[], count: number): number[] | null {
  let found: number[] | null = null;
  let run: number[] = [];
  for (const week of past) {
    run = week.behind ? [...run, week.number] : [];
    if (run.length >= count) found = run;
  }
  return found;
}

/**
 * (b) "The done share has fallen for N consecutive weeks": the last N past weeks (the N most recent
 * weeks of the program that ended before today) each had tasks planned, and each one's done share,
 * as it stands now and in whole percent as the grid shows it, is strictly lower than the week
 * before's: N weeks, N − 1 falls (80% → 60% → 40% for N = 3). A week with nothing planned (or no
 * page) has no share and so breaks the run. Null when the shares did not fall so.
 */
export function fallingRun(past: readonly RiskWeek[], count: number): { weeks: number[]; percents: number[] } | null {
  if (past.length < count) return null;
  const last = past.slice(past.length - count);
  const percents: number[] = [];
  for (const week of last) {
    const percent = donePercent(week);
    if (percent === null) return null;
    if (percents.length > 0 && percent >= percents[percents.length - 1]!) return null;
    percents.push(percent);
  }
  return { weeks: last.map((w) => w.number), percents };
}

/**
 * (c) The days without a tick while tasks were due, or null when no tasks were due. Tasks are due
 * while the intern has an open week: a page they can still tick (a draft, or returned with changes
 * requested) that began before today and has tasks undone. The idle span runs from the later of the
 * day of their last tick (in the program's time zone) and the first day of their earliest open week,
 * to today: ticks before any task was due do not make an intern idle, nor does a week not begun.
 */
export function idleDays(weeks: readonly RiskWeek[], lastTick: IsoDate | null, today: IsoDate): number | null {
  const open = weeks.filter(
    (w) => w.status !== "NONE" && isEditableStatus(w.status) && w.done < w.total && w.startDate < today,
  );
  if (open.length === 0) return null;
  const dueSince = open.reduce((first, w) => (w.startDate < first ? w.startDate : first), open[0]!.startDate);
  const since = lastTick !== null && lastTick > dueSince ? lastTick : dueSince;
  return Math.max(0, daysBetween(since, today));
}

/**
 * Whether an intern is at risk on `today`, as the reasons why (empty: not at risk). At risk when
 * (a) `behindWeeks` consecutive past weeks are behind, or (b) the done share fell over the last
 * `fallingWeeks` past weeks, or (c) they have ticked nothing for `idleDays` days while tasks were due.
 */
export function internRisk(
  input: { weeks: readonly RiskWeek[]; lastTick: IsoDate | null; today: IsoDate },
  settings: RiskSettings,
): RiskReason[] {
  const past = pastWeeks(input.weeks, input.today);
  const reasons: RiskReason[] = [];
  const behind = behindRun(past, settings.behindWeeks);
  if (behind) reasons.push({ code: "behind", weeks: behind });
  const falling = fallingRun(past, settings.fallingWeeks);
  if (falling) reasons.push({ code: "falling", ...falling });
  const idle = idleDays(input.weeks, input.lastTick, input.today);
  if (idle !== null && idle >= settings.idleDays) reasons.push({ code: "idle", days: idle, lastTick: input.lastTick });
  return reasons;
}

/**
 * The cohort's trend: for each past week N, how many interns were at risk by the weeks alone
 * (clauses a and b) counting only the weeks up to N, as those weeks stand now. The idle clause needs
 * the history of ticks, which is not kept, so the trend leaves it out.
 */
export function atRiskByWeek(
  interns: readonly { weeks: readonly RiskWeek[] }[],
  today: IsoDate,
  settings: RiskSettings,
): { number: number; atRisk: number }[] {
  const past = interns.map((intern) => pastWeeks(intern.weeks, today));
  const numbers = past.reduce((longest, weeks) => (weeks.length > longest.length ? weeks : longest), [] as RiskWeek[]);
  return numbers.map((week, index) => ({
    number: week.number,
    atRisk: past.filter((weeks) => {
      const upTo = weeks.slice(0, index + 1);
      return behindRun(upTo, settings.behindWeeks) !== null || fallingRun(upTo, settings.fallingWeeks) !== null;
    }).length,
  }));
}
