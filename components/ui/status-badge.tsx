import type { WeekStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<WeekStatus | "NONE", string> = {
  NONE: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

const STYLE: Record<WeekStatus | "NONE", string> = {
  NONE: "border-slate-200 bg-white text-slate-500",
  DRAFT: "border-slate-300 bg-slate-100 text-slate-700",
  SUBMITTED: "border-sky-300 bg-sky-50 text-sky-800",
  CHANGES_REQUESTED: "border-amber-300 bg-amber-50 text-amber-900",
  APPROVED: "border-emerald-300 bg-emerald-50 text-emerald-800",
};

const ICON: Record<WeekStatus | "NONE", string> = {
  NONE: "○",
  DRAFT: "✎",
  SUBMITTED: "➜",
  CHANGES_REQUESTED: "↺",
  APPROVED: "✓",
};

export function StatusBadge({ status }: { status: WeekStatus | "NONE" }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>
      <span aria-hidden>{ICON[status]}</span>
      {STATUS_LABEL[status]}
    </span>
  );
}
