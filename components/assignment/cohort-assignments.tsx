"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, FormMessage, inputClass } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/ui/use-action";
import { assignInternsAction, removeMentorAction } from "@/lib/server/actions/assignment";

export interface AssignmentCohort {
  id: string;
  name: string;
  mentors: { id: string; name: string }[];
  interns: { id: string; name: string; email: string; mentorId: string | null }[];
}

/**
 * One cohort's mentors and who each intern is assigned to: a select per intern (saved when changed,
 * and said so), interns ticked and assigned at once, a mentor taken off the cohort (asked twice).
 */
export function CohortAssignments({ cohort }: { cohort: AssignmentCohort }) {
  const t = useTranslations("assignment.admin");
  const assign = useAction(assignInternsAction);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [said, setSaid] = useState<string | null>(null);
  const mentorName = (id: string) => cohort.mentors.find((m) => m.id === id)?.name ?? t("nobody");

  const save = (internIds: string[], mentorId: string, done: (changed: number) => string) => {
    setSaid(null);
    assign.run({ cohortId: cohort.id, internIds, mentorId }, { onSuccess: (d) => setSaid(done(d?.changed ?? 0)) });
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <div className="space-y-3">
      <MentorList cohort={cohort} />
      {cohort.interns.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noInterns")}</p>
      ) : (
        <>
          <TickButtons
            unassigned={cohort.interns.filter((i) => i.mentorId === null).map((i) => i.id)}
            any={selected.size > 0}
            onTick={(ids) => setSelected(new Set(ids))}
          />
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {cohort.interns.map((intern) => (
              // Keyed by the assignment too: the select shows the saved mentor again after a bulk change.
              <InternRow
                key={`${intern.id}:${intern.mentorId ?? ""}`}
                intern={intern}
                mentors={cohort.mentors}
                checked={selected.has(intern.id)}
                onCheck={(on) => toggle(intern.id, on)}
                disabled={assign.pending}
                onAssign={(mentorId) =>
                  save([intern.id], mentorId, () =>
                    t("savedOne", { intern: intern.name, mentor: mentorName(mentorId) }),
                  )
                }
              />
            ))}
          </ul>
          {cohort.mentors.length > 0 ? (
            <BulkAssign
              mentors={cohort.mentors}
              count={selected.size}
              disabled={assign.pending}
              onAssign={(mentorId) =>
                save([...selected], mentorId, (changed) => {
                  setSelected(new Set());
                  return t("savedMany", { count: changed, mentor: mentorName(mentorId) });
                })
              }
            />
          ) : null}
        </>
      )}
      <p role="status" className="text-sm text-emerald-800">
        {said}
      </p>
      <FormMessage message={assign.formError} />
    </div>
  );
}

/** The cohort's mentors, each with a button that takes them off the cohort (a second click confirms). */
function MentorList({ cohort }: { cohort: AssignmentCohort }) {
  const t = useTranslations("assignment.admin");
  const remove = useAction(removeMentorAction);
  const [asking, setAsking] = useState<string | null>(null);
  if (cohort.mentors.length === 0) return <p className="text-sm text-slate-600">{t("noMentors")}</p>;
  const assigned = (id: string) => cohort.interns.filter((i) => i.mentorId === id).length;
  return (
    <div>
      <h4 className="text-sm font-medium">{t("mentors")}</h4>
      <ul className="mt-1 space-y-1">
        {cohort.mentors.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("mentorLine", { name: m.name, count: assigned(m.id) })}</span>
            {asking === m.id ? (
              <>
                <Button
                  variant="danger"
                  disabled={remove.pending}
                  onClick={() =>
                    remove.run({ cohortId: cohort.id, mentorId: m.id }, { onSuccess: () => setAsking(null) })
                  }
                >
                  {t("removeConfirm", { name: m.name, count: assigned(m.id) })}
                </Button>
                <Button variant="ghost" onClick={() => setAsking(null)}>
                  {t("cancel")}
                </Button>
              </>
            ) : (
              <Button
                variant="secondary"
                onClick={() => setAsking(m.id)}
                aria-label={t("removeLabel", { name: m.name })}
              >
                {t("remove")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormMessage message={remove.formError} />
    </div>
  );
}

function InternRow({
  intern,
  mentors,
  checked,
  onCheck,
  disabled,
  onAssign,
}: {
  intern: AssignmentCohort["interns"][number];
  mentors: AssignmentCohort["mentors"];
  checked: boolean;
  onCheck: (on: boolean) => void;
  disabled: boolean;
  onAssign: (mentorId: string) => void;
}) {
  const t = useTranslations("assignment.admin");
  const id = useId();
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
      <label className="flex min-h-10 min-w-0 flex-1 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onCheck(e.currentTarget.checked)}
          className="size-4 shrink-0 accent-brand-600"
        />
        <span className="min-w-0 break-words">
          {intern.name} <span className="text-slate-600">· {intern.email}</span>
        </span>
      </label>
      <div className="w-full sm:w-56">
        <label htmlFor={id} className="sr-only">
          {t("mentorOf", { name: intern.name })}
        </label>
        <select
          id={id}
          defaultValue={intern.mentorId ?? ""}
          disabled={disabled}
          onChange={(e) => onAssign(e.currentTarget.value)}
          className={inputClass}
        >
          <option value="">{t("nobody")}</option>
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}

/** "Assign the 3 ticked interns to [mentor]": one change for all of them. */
function BulkAssign({
  mentors,
  count,
  disabled,
  onAssign,
}: {
  mentors: AssignmentCohort["mentors"];
  count: number;
  disabled: boolean;
  onAssign: (mentorId: string) => void;
}) {
  const t = useTranslations("assignment.admin");
  const id = useId();
  const [mentorId, setMentorId] = useState(mentors[0]?.id ?? "");
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-full sm:w-56">
        <Label htmlFor={id}>{t("bulkMentor", { count })}</Label>
        <select id={id} value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} className={inputClass}>
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
          <option value="">{t("nobody")}</option>
        </select>
      </div>
      <Button variant="primary" disabled={disabled || count === 0} onClick={() => onAssign(mentorId)}>
        {t("bulkSubmit", { count })}
      </Button>
    </div>
  );
}

/** Ticks every intern assigned to nobody (for one bulk assignment), or none. */
function TickButtons({
  unassigned,
  any,
  onTick,
}: {
  unassigned: string[];
  any: boolean;
  onTick: (ids: string[]) => void;
}) {
  const t = useTranslations("assignment.admin");
  return (
    <div className="flex flex-wrap gap-2">
      {unassigned.length > 0 ? (
        <Button variant="secondary" onClick={() => onTick(unassigned)}>
          {t("tickUnassigned", { count: unassigned.length })}
        </Button>
      ) : null}
      {any ? (
        <Button variant="ghost" onClick={() => onTick([])}>
          {t("untickAll")}
        </Button>
      ) : null}
    </div>
  );
}
