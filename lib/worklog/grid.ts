// The mentor's cohort grid, pure: one row per intern, one column per week, with each cell's
// progress, review status and whether it is behind; filtering, sorting, totals and chart series
// (the CSV export is grid-csv.ts). The data layer loads the rows (lib/server/data/grid.ts); everything else is here.
import { scopeInterns, type InternScope } from "./assignment";
import { cohortWeekDates, cohortWeekNumberOn, type IsoDate } from "./dates";
import { filtersCells, STATUS_SLUGS, type GridFilter } from "./grid-filter";
import { progressOf, sumProgress, type Progress } from "./progress";
import { internRisk, DEFAULT_RISK_SETTINGS, type RiskReason, type RiskSettings, type RiskWeek } from "./risk";
import { isWeekBehind, programPhase, type ProgramPhase } from "./schedule";
import { withoutDiacritics } from "./slug";
import type { GridStatus, WeekStatus } from "./status";

export type { GridStatus } from "./status";

export interface GridCell {
  number: number;
  /** Null when the intern has no page for this week. */
  weekId: string | null;
  status: GridStatus;
  progress: Progress;
  behind: boolean;
  startDate: IsoDate;
  endDate: IsoDate;
  /** A mentor's extension: the week is due on this date instead of its end date (dueDateOf). */
  extendedUntil: IsoDate | null;
  /** ISO instants. */
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface GridRow {
  /** `mentor`: the one of the cohort's mentors the intern is assigned to (null: none; absent: not loaded). */
  intern: { id: string; name: string; email: string; mentor?: { id: string; name: string } | null };
  cells: GridCell[];
  total: Progress;
  approvedWeeks: number;
  waitingWeeks: number;
  behindWeeks: number;
  /** Why the intern is at risk (lib/worklog/risk.ts); empty when they are not. */
  risk: RiskReason[];
}

export interface GridColumn {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
  current: boolean;
}

export interface CohortGrid {
  cohort: { id: string; name: string; startDate: IsoDate; weekCount: number };
  today: IsoDate;
  /** The week of the program that contains today (may be < 1 or > weekCount). */
  currentWeek: number;
  phase: ProgramPhase;
  columns: GridColumn[];
  /** Sorted by name; the viewer's own interns only when `scope.ownOnly`. */
  rows: GridRow[];
  /** Whose interns the rows are (lib/worklog/assignment.ts): own, own count, the cohort's count. */
  scope: { ownOnly: boolean; own: number; whole: number };
  /** The at-risk thresholds the rows were judged by. */
  riskSettings: RiskSettings;
}

export interface GridInput {
  cohort: CohortGrid["cohort"];
  today: IsoDate;
  interns: GridRow["intern"][];
  /** Who looks, and whether at their own interns (the default, where they have any) or the whole cohort. */
  viewerId?: string;
  scope?: InternScope | undefined;
  /** The day (program time zone) of each intern's last tick, by intern id; missing: never ticked. */
  lastTicks?: Readonly<Record<string, IsoDate>>;
  riskSettings?: RiskSettings;
  weeks: {
    id: string;
    internId: string;
    number: number;
    status: WeekStatus;
    startDate: IsoDate;
    endDate: IsoDate;
    extendedUntil: IsoDate | null;
    submittedAt: string | null;
    approvedAt: string | null;
    done: number;
    total: number;
  }[];
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** How every list of interns is ordered by name: Vietnamese collation, then e-mail for namesakes. */
export function compareInterns(a: { name: string; email: string }, b: { name: string; email: string }): number {
  return collator.compare(a.name, b.name) || a.email.localeCompare(b.email);
}

export function buildGrid(input: GridInput): CohortGrid {
  const { cohort, today } = input;
  const riskSettings = input.riskSettings ?? DEFAULT_RISK_SETTINGS;
  const scoped = scopeInterns(
    input.interns.map((intern) => ({ intern, mentorId: intern.mentor?.id ?? null })),
    input.viewerId,
    input.scope,
  );
  const interns = scoped.interns.map((s) => s.intern);
  const enrolled = new Set(interns.map((i) => i.id));
  const weeks = input.weeks.filter((w) => enrolled.has(w.internId));
  // One column per week of the program; a week numbered beyond it (allowed up to 52) still shows.
  const columnCount = Math.max(cohort.weekCount, ...weeks.map((w) => w.number));
  const currentWeek = cohortWeekNumberOn(cohort.startDate, today);
  const columns: GridColumn[] = Array.from({ length: columnCount }, (_, i) => ({
    number: i + 1,
    ...cohortWeekDates(cohort.startDate, i + 1),
    current: i + 1 === currentWeek,
  }));
  const byIntern = new Map<string, Map<number, GridInput["weeks"][number]>>();
  for (const week of weeks) {
    const map = byIntern.get(week.internId) ?? new Map();
    map.set(week.number, week);
    byIntern.set(week.internId, map);
  }
  const rows = interns.map((intern): GridRow => {
    const own = byIntern.get(intern.id);
    const cells = columns.map((column): GridCell => {
      const week = own?.get(column.number);
      if (!week) {
        return {
          number: column.number,
          weekId: null,
          status: "NONE",
          progress: progressOf(0, 0),
          behind: false,
          startDate: column.startDate,
          endDate: column.endDate,
          extendedUntil: null,
          submittedAt: null,
          approvedAt: null,
        };
      }
      const progress = progressOf(week.done, week.total);
      return {
        number: column.number,
        weekId: week.id,
        status: week.status,
        progress,
        behind: isWeekBehind(week, today),
        startDate: week.startDate,
        endDate: week.endDate,
        extendedUntil: week.extendedUntil,
        submittedAt: week.submittedAt,
        approvedAt: week.approvedAt,
      };
    });
    const risk = internRisk(
      {
        weeks: riskWeeksOf(cells, columns),
        lastTick: input.lastTicks?.[intern.id] ?? null,
        today,
      },
      riskSettings,
    );
    return {
      intern,
      cells,
      total: sumProgress(cells.map((c) => c.progress)),
      approvedWeeks: cells.filter((c) => c.status === "APPROVED").length,
      waitingWeeks: cells.filter((c) => c.status === "SUBMITTED").length,
      behindWeeks: cells.filter((c) => c.behind).length,
      risk,
    };
  });
  const scope = { ownOnly: scoped.ownOnly, own: scoped.own, whole: scoped.whole };
  const phase = programPhase(cohort, today);
  return { cohort, today, currentWeek, phase, columns, rows: sortRows(rows, "name"), scope, riskSettings };
}

/** A row's cells as the at-risk rule reads them (lib/worklog/risk.ts): past or not by the program's columns. */
export function riskWeeksOf(cells: readonly GridCell[], columns: readonly GridColumn[]): RiskWeek[] {
  return cells.map((cell, i) => ({
    number: cell.number,
    programEndDate: columns[i]!.endDate,
    startDate: cell.startDate,
    status: cell.status,
    done: cell.progress.done,
    total: cell.progress.total,
    behind: cell.behind,
  }));
}

export function cellMatches(cell: GridCell, filter: GridFilter): boolean {
  if (filter.status && cell.status !== STATUS_SLUGS[filter.status]) return false;
  if (filter.behind && !cell.behind) return false;
  return true;
}

function rowMatchesSearch(row: GridRow, q: string | undefined): boolean {
  if (!q) return true;
  const key = withoutDiacritics(q);
  return withoutDiacritics(row.intern.name).includes(key) || row.intern.email.toLowerCase().includes(key);
}

export function sortRows(rows: readonly GridRow[], sort: GridFilter["sort"]): GridRow[] {
  const byName = (a: GridRow, b: GridRow) => compareInterns(a.intern, b.intern);
  const byProgress = (a: GridRow, b: GridRow) => a.total.percent - b.total.percent || a.total.done - b.total.done;
  const compare = {
    name: byName,
    "name-desc": (a: GridRow, b: GridRow) => byName(b, a),
    progress: (a: GridRow, b: GridRow) => byProgress(a, b) || byName(a, b),
    "progress-desc": (a: GridRow, b: GridRow) => byProgress(b, a) || byName(a, b),
  }[sort];
  return [...rows].sort(compare);
}

/**
 * The interns the filter keeps, sorted: the name search picks interns; a status or "behind" filter
 * keeps the interns with at least one such week (the page marks those cells, the CSV lists only them);
 * "at risk" keeps the interns at risk (lib/worklog/risk.ts).
 */
export function filterRows(rows: readonly GridRow[], filter: GridFilter): GridRow[] {
  const cellFilter = filtersCells(filter);
  const kept = rows.filter(
    (row) =>
      rowMatchesSearch(row, filter.q) &&
      (!filter.risk || row.risk.length > 0) &&
      (!cellFilter || row.cells.some((cell) => cellMatches(cell, filter))),
  );
  return sortRows(kept, filter.sort);
}

export interface WeekTotal {
  number: number;
  /** Done tasks over planned tasks, over every intern's week N. */
  progress: Progress;
  /** Interns with a page for week N. */
  started: number;
  submitted: number;
  approved: number;
  behind: number;
}

/** The column totals of these rows. */
export function weekTotals(rows: readonly GridRow[], columns: readonly GridColumn[]): WeekTotal[] {
  return columns.map((column, index) => {
    const cells = rows.map((row) => row.cells[index]!).filter(Boolean);
    return {
      number: column.number,
      progress: sumProgress(cells.map((c) => c.progress)),
      started: cells.filter((c) => c.status !== "NONE").length,
      submitted: cells.filter((c) => c.status === "SUBMITTED").length,
      approved: cells.filter((c) => c.status === "APPROVED").length,
      behind: cells.filter((c) => c.behind).length,
    };
  });
}

/** The total of the totals. */
export function gridTotal(rows: readonly GridRow[]): {
  progress: Progress;
  approved: number;
  waiting: number;
  behind: number;
} {
  return {
    progress: sumProgress(rows.map((r) => r.total)),
    approved: rows.reduce((n, r) => n + r.approvedWeeks, 0),
    waiting: rows.reduce((n, r) => n + r.waitingWeeks, 0),
    behind: rows.reduce((n, r) => n + r.behindWeeks, 0),
  };
}

/** Where each intern stands against the cohort as a whole (for the chart and its table). */
export function internStanding(rows: readonly GridRow[]): {
  cohort: Progress;
  interns: { id: string; name: string; progress: Progress; approvedWeeks: number; behindWeeks: number }[];
} {
  return {
    cohort: sumProgress(rows.map((r) => r.total)),
    interns: rows.map((r) => ({
      id: r.intern.id,
      name: r.intern.name,
      progress: r.total,
      approvedWeeks: r.approvedWeeks,
      behindWeeks: r.behindWeeks,
    })),
  };
}
