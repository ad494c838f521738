import { useTranslations } from "next-intl";
import type { GridStatus, Role } from "@/lib/worklog/status";

/** The badge's class in app/globals.css, which also draws its icon (hidden from screen readers), so colour is never the only cue. */
export const STATUS_BADGE_CLASS: Record<GridStatus, string> = {
  NONE: "badge badge-none",
  DRAFT: "badge badge-draft",
  SUBMITTED: "badge badge-submitted",
  CHANGES_REQUESTED: "badge badge-changes-requested",
  APPROVED: "badge badge-approved",
};

export function StatusBadge({ status }: { status: GridStatus }) {
  const t = useTranslations("common.status");
  return <span className={STATUS_BADGE_CLASS[status]}>{t(status)}</span>;
}

/** A role in the reader's words ("Intern", "Thực tập sinh"). */
export function RoleName({ role }: { role: Role }) {
  const t = useTranslations("common.role");
  return t(role);
}
