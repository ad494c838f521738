// The cohort grid table's props: compact data, shared by the server side that builds them
// (cohort-grid.tsx) and the client component that renders them (grid-table.tsx). Constants live
// here, not in the "use client" module, because the server sees that module's exports as references.
import type { GridStatus } from "@/lib/worklog/grid";

/** Cell statuses by their index in a GridTableCell. */
export const CELL_STATUSES = [
  "NONE",
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "APPROVED",
] as const satisfies readonly GridStatus[];

/** Flags of a GridTableCell. */
export const CELL_BEHIND = 1;
export const CELL_MATCHES = 2;

/**
 * One week of one intern: [week id or null, index in CELL_STATUSES, done, total, flags, and for a week
 * whose deadline is extended, its marker in words ("extended to 12 Mar")].
 */
export type GridTableCell = [
  weekId: string | null,
  status: number,
  done: number,
  total: number,
  flags: number,
  extended?: string,
];

export interface GridTableRow {
  id: string;
  name: string;
  email: string;
  /** "Mentor: …" in the reader's words, when the intern is assigned to one (said on the server). */
  mentor?: string;
  cells: GridTableCell[];
  done: number;
  total: number;
  percent: number;
  approved: number;
  waiting: number;
  behind: number;
}

export interface GridTableColumn {
  number: number;
  dates: string;
  current: boolean;
  /** The column's totals. */
  done: number;
  total: number;
  approved: number;
  waiting: number;
  behind: number;
}

export interface SortHeader {
  href: string;
  ariaSort: "ascending" | "descending" | "none";
  /** What following the link does. */
  next: "ascending" | "descending";
}

export interface GridTableProps {
  caption: string;
  columns: GridTableColumn[];
  rows: GridTableRow[];
  sortByName: SortHeader;
  sortByTotal: SortHeader;
  all: { done: number; total: number; percent: number; approved: number; waiting: number; behind: number };
  /** Submitted weeks get a checkbox of the page's bulk approve form (components/review). */
  selectable?: boolean;
}
