import { STATUS_LABEL, type GridStatus } from "@/lib/worklog/status";

/** The badge's class in app/globals.css, which also draws its icon (hidden from screen readers), so colour is never the only cue. */
const CLASS: Record<GridStatus, string> = {
  NONE: "badge badge-none",
  DRAFT: "badge badge-draft",
  SUBMITTED: "badge badge-submitted",
  CHANGES_REQUESTED: "badge badge-changes-requested",
  APPROVED: "badge badge-approved",
};

export function StatusBadge({ status }: { status: GridStatus }) {
  return <span className={CLASS[status]}>{STATUS_LABEL[status]}</span>;
}
