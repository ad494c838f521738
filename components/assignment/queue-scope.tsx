import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/server/data/viewer";
import { getWorkload } from "@/lib/server/data/workload";
import { ScopeSwitch, type ScopeState } from "./scope-switch";

/**
 * The review queue's "my interns" / "whole cohorts" switch, and the mentor's workload in one line:
 * their interns' weeks waiting and the oldest one's age, and the weeks of interns assigned to nobody.
 */
export async function QueueScope({ viewer, state }: { viewer: Viewer; state: ScopeState }) {
  const [workload, t] = await Promise.all([getWorkload(viewer), getTranslations("assignment.workload")]);
  const own = workload.mentors.find((m) => m.id === viewer.id);
  const unassigned = workload.unassigned.reduce((n, c) => n + c.waiting, 0);
  return (
    <div className="space-y-2">
      <ScopeSwitch state={state} where="queue" hrefMine="/reviews" hrefAll="/reviews?scope=all" />
      {own && own.interns > 0 ? (
        <p className="text-sm text-slate-700">
          {t("mine", {
            waiting: own.waiting,
            age: own.oldestWaitingDays === null ? t("nothingWaits") : t("age", { days: own.oldestWaitingDays }),
            unassigned,
          })}
        </p>
      ) : null}
    </div>
  );
}
