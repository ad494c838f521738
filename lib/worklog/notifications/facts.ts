// What a notification says, as facts read with it (names, a week number, small counts), and the
// words for them: shared by the bell's list, /notifications and the mail. Pure.
import type { MessageKey, Translate } from "@/lib/i18n/said";
import type { RiskReason } from "../risk";
import type { NotificationKind } from "./kinds";

export interface DigestCohort {
  name: string;
  /** Weeks waiting for review, oldest first, with their age in days. */
  waiting: { intern: string; week: number; days: number }[];
  waitingMore: number;
  behind: string[];
  behindMore: number;
  /** The interns at risk (lib/worklog/risk.ts), by name, with why (absent from digests written before the rule). */
  atRisk?: { intern: string; reasons: RiskReason[] }[];
  atRiskMore?: number;
}

export interface OverdueTask {
  week: number;
  day: string;
  /** The task's first words only: the mail carries no more worklog text than it needs. */
  text: string;
}

/** The small facts a notification keeps in its `data` (never worklog text beyond overdue tasks' first words). */
export interface NotificationData {
  weekNumber?: number;
  cohortName?: string;
  days?: number;
  count?: number;
  tasks?: OverdueTask[];
  cohorts?: DigestCohort[];
  /** WEEK_EXTENDED: the week's new due date (an IsoDate, as the extension keeps it). */
  until?: string;
}

export interface NotificationFacts {
  kind: NotificationKind;
  weekNumber: number | null;
  internName: string | null;
  actorName: string | null;
  cohortName: string | null;
  data: NotificationData;
}

/** What is said of each kind, at `notifications.kinds.<KIND>.<part>` (tests/unit/i18n/usage.test.ts checks all are there). */
export const KIND_PARTS = ["label", "title", "reason"] as const;

/** The key of one part of a kind's words. */
export function kindKey(kind: NotificationKind, part: (typeof KIND_PARTS)[number]): MessageKey {
  return `notifications.kinds.${kind}.${part}` as MessageKey;
}

/** The kind's name, for /settings. */
export function kindLabel(t: Translate, kind: NotificationKind): string {
  return t(kindKey(kind, "label"));
}

function digestCounts(data: NotificationData) {
  const cohorts = data.cohorts ?? [];
  return {
    waiting: cohorts.reduce((sum, c) => sum + c.waiting.length + c.waitingMore, 0),
    behind: cohorts.reduce((sum, c) => sum + c.behind.length + c.behindMore, 0),
    atRisk: cohorts.reduce((sum, c) => sum + (c.atRisk?.length ?? 0) + (c.atRiskMore ?? 0), 0),
  };
}

/** One line saying what happened ("Lan submitted week 5"). */
export function notificationTitle(t: Translate, facts: NotificationFacts): string {
  const week = facts.weekNumber ?? facts.data.weekNumber ?? 0;
  return t(kindKey(facts.kind, "title"), {
    actor: facts.actorName ?? t("notifications.someone"),
    intern: facts.internName ?? "",
    week,
    cohort: facts.cohortName ?? facts.data.cohortName ?? "",
    days: facts.data.days ?? 0,
    count: facts.data.count ?? facts.data.tasks?.length ?? 0,
    until: facts.data.until ?? "",
    ...digestCounts(facts.data),
  });
}

/** Why the person got it ("You mentor this cohort."). */
export function notificationReason(t: Translate, facts: NotificationFacts): string {
  return t(kindKey(facts.kind, "reason"), { cohort: facts.cohortName ?? facts.data.cohortName ?? "" });
}
