import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/form";
import { ADMIN_LIMITS } from "@/lib/schemas/admin";
import type { PersonRow, findPeople } from "@/lib/server/data/people";
import { dateTime } from "@/lib/worklog/dates";
import { RoleName } from "@/components/ui/status-badge";
import { PersonAccessButton } from "./person-access-button";
import { Section } from "@/components/ui/section";
import { Label } from "@/components/ui/label";

type People = Awaited<ReturnType<typeof findPeople>>;

function PersonItem({ person, timeZone, self }: { person: PersonRow; timeZone: string; self: boolean }) {
  const t = useTranslations("admin.people");
  const locale = useLocale();
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">
          {person.name}{" "}
          {person.deactivated ? (
            <span className="ml-1 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">
              {t("deactivatedBadge")}
            </span>
          ) : null}
        </p>
        <p className="truncate text-sm text-slate-600">
          {person.email} · {person.role ? <RoleName role={person.role} /> : t("noRole")}
          {person.cohort ? ` · ${person.cohort}` : ""} ·{" "}
          {person.lastSignInAt
            ? t("lastSignedIn", { when: dateTime(person.lastSignInAt, timeZone, locale) })
            : t("neverSignedIn")}
        </p>
      </div>
      {self ? (
        <span className="text-sm text-slate-600">{t("you")}</span>
      ) : (
        <PersonAccessButton userId={person.id} name={person.name} active={!person.deactivated} />
      )}
    </li>
  );
}

/** Find anyone by name or e-mail and turn their access off or on; everyone deactivated is listed. */
export function PeopleSection({ people, query, viewerId }: { people: People; query: string; viewerId: string }) {
  const t = useTranslations("admin.people");
  return (
    <Section headingId="people-title" heading={t("title")}>
      <Card heading={t("find")} headingId="people-search-title" headingLevel={3}>
        <form method="get" action="/admin#people-title" role="search" className="flex flex-col gap-2 sm:flex-row">
          <Label htmlFor="person" hidden>
            {t("searchLabel")}
          </Label>
          <input
            id="person"
            name="person"
            type="search"
            defaultValue={query}
            maxLength={ADMIN_LIMITS.personName}
            placeholder={t("searchLabel")}
            className={inputClass}
          />
          <button
            type="submit"
            className="inline-flex min-h-10 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
          >
            {t("search")}
          </button>
        </form>
        {query ? (
          people.matches.length === 0 ? (
            <p className="mt-3 text-slate-700">{t("noMatch", { query })}</p>
          ) : (
            <>
              <ul className="mt-2 divide-y divide-slate-100" aria-label={t("found")}>
                {people.matches.map((person) => (
                  <PersonItem
                    key={person.id}
                    person={person}
                    timeZone={people.timeZone}
                    self={person.id === viewerId}
                  />
                ))}
              </ul>
              {people.more ? (
                <p className="text-sm text-slate-600">{t("more", { count: people.matches.length })}</p>
              ) : null}
            </>
          )
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t("deactivateHint")}</p>
        )}
      </Card>
      <Card
        heading={t("deactivatedTitle")}
        headingId="deactivated-title"
        headingLevel={3}
        headingClassName="mb-1 font-semibold"
      >
        {people.deactivated.length === 0 ? (
          <p className="text-slate-700">{t("noneDeactivated")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {people.deactivated.map((person) => (
              <PersonItem key={person.id} person={person} timeZone={people.timeZone} self={false} />
            ))}
          </ul>
        )}
      </Card>
    </Section>
  );
}
