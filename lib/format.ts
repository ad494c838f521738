import { format, parseISO } from "date-fns";

/** "23 Nov" or "23 Nov 2026" for an ISO calendar date. */
export function shortDate(iso: string, withYear = false): string {
  return format(parseISO(iso), withYear ? "d MMM yyyy" : "d MMM");
}

export function dateRange(start: string, end: string): string {
  return start === end ? shortDate(start, true) : `${shortDate(start)} – ${shortDate(end, true)}`;
}
