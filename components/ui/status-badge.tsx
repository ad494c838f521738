import type { WeekStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<WeekStatus | "NONE", string> = {
  NONE: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

/** The badge's class in app/globals.css, which also draws its icon (hidden from screen readers), so colour is never the only cue. */
const CLASS: Record<WeekStatus | "NONE", string> = {
  NONE: "badge badge-none",
  DRAFT: "badge badge-draft",
  SUBMITTED: "badge badge-submitted",
  CHANGES_REQUESTED: "badge badge-changes-requested",
  APPROVED: "badge badge-approved",
};

export function StatusBadge({ status }: { status: WeekStatus | "NONE" }) {
  return <span className={CLASS[status]}>{STATUS_LABEL[status]}</span>;
}
