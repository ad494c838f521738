import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/form";
import { SEARCH_MAX, STATUS_SLUGS, type GridFilter, type StatusSlug } from "@/lib/schemas/cohort";
import { Label } from "@/components/ui/label";

/** Each sort's words in the messages (grid.filters). */
const SORT_LABEL = {
  name: "sortName",
  "name-desc": "sortNameDesc",
  progress: "sortProgress",
  "progress-desc": "sortProgressDesc",
} as const satisfies Record<GridFilter["sort"], string>;

/** A yes/no narrowing of the grid, sent as `name=1`. */
function FilterCheckbox({ name, checked, label }: { name: string; checked: boolean; label: string }) {
  return (
    <label className="flex min-h-10 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4 accent-brand-600" />
      {label}
    </label>
  );
}

/**
 * The grid's filter as a plain GET form: applying it puts it in the URL (shareable, back button
 * works) and next/form navigates without a full reload. Nothing applies until "Apply", so a
 * keyboard or screen-reader user is never moved by a change of a field.
 */
export async function GridFilters({ action, filter }: { action: string; filter: GridFilter }) {
  const [t, statusWords, risk] = await Promise.all([
    getTranslations("grid.filters"),
    getTranslations("common.status"),
    getTranslations("risk.filter"),
  ]);
  const active = Boolean(filter.q || filter.status || filter.behind || filter.risk || filter.sort !== "name");
  return (
    <Form
      action={action}
      role="search"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4"
    >
      {/* "My interns" or the whole cohort is chosen by its own switch (components/assignment/scope-switch.tsx). */}
      {filter.scope ? <input type="hidden" name="scope" value={filter.scope} /> : null}
      <div className="min-w-48 flex-1">
        <Label htmlFor="grid-q">{t("intern")}</Label>
        <input
          id="grid-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={SEARCH_MAX}
          placeholder={t("internPlaceholder")}
          className={inputClass}
        />
      </div>
      <div>
        <Label htmlFor="grid-status">{t("status")}</Label>
        <select id="grid-status" name="status" defaultValue={filter.status ?? ""} className={inputClass}>
          <option value="">{t("anyStatus")}</option>
          {(Object.keys(STATUS_SLUGS) as StatusSlug[]).map((slug) => (
            <option key={slug} value={slug}>
              {statusWords(STATUS_SLUGS[slug])}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Label htmlFor="grid-sort">{t("sortBy")}</Label>
        <select id="grid-sort" name="sort" defaultValue={filter.sort} className={inputClass}>
          {(Object.keys(SORT_LABEL) as GridFilter["sort"][]).map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABEL[sort])}
            </option>
          ))}
        </select>
      </div>
      <FilterCheckbox name="behind" checked={filter.behind} label={t("onlyBehind")} />
      <FilterCheckbox name="risk" checked={Boolean(filter.risk)} label={risk("onlyAtRisk")} />
      <div className="flex gap-2">
        <button
          type="submit"
          className="inline-flex min-h-10 items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        {active ? (
          <Link
            href={filter.scope ? `${action}?scope=${filter.scope}` : action}
            className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
