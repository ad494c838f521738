import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PendingLink } from "@/components/ui/pending-link";
import { heatmapViewQuery } from "@/lib/schemas/heatmap";
import {
  HEATMAP_SORTS,
  weakestModules,
  weekGroups,
  type CohortHeatmap,
  type HeatmapSort,
  type ModuleState,
} from "@/lib/worklog/heatmap";
import { HeatmapTable, type HeatmapTableProps, type StateLetter } from "./heatmap-table";

type Words = Awaited<ReturnType<typeof getTranslations<"heatmap">>>;

const LETTER: Record<ModuleState, StateLetter> = { done: "d", planned: "p", "not-planned": "n" };
const SYMBOL: Record<StateLetter, string> = { d: "✓", p: "…", n: "○" };
const SORT_WORDS = { curriculum: "order.curriculum", weakest: "order.weakest" } as const;
/** How many of the weakest modules the summary above the table names. */
const WEAKEST_NAMED = 3;

/** The table's compact props: a letter a cell, the sentences of the totals said once per column and row. */
function tableProps(heatmap: CohortHeatmap, t: Words): HeatmapTableProps {
  const interns = heatmap.rows.length;
  const grouped = heatmap.sort === "curriculum";
  return {
    caption: t("caption", {
      cohort: heatmap.cohort.name,
      interns,
      modules: heatmap.modules.length,
      order: grouped ? t("captionCurriculum") : t("captionWeakest"),
    }),
    groups: grouped
      ? weekGroups(heatmap.modules).map((g) => ({ label: t("week", { number: g.week }), span: g.span }))
      : null,
    columns: heatmap.modules.map((m) => ({
      code: m.code,
      title: m.title,
      week: grouped ? null : t("weekShort", { number: m.curriculumWeek }),
      done: m.done,
      total: t("columnTotal", { code: m.code, done: m.done, interns }),
    })),
    rows: heatmap.rows.map((r) => [
      r.intern.id,
      r.intern.name,
      r.intern.email,
      r.states.map((s) => LETTER[s]).join(""),
      t("rowTotal", { done: r.done, modules: heatmap.modules.length }),
    ]),
    internCount: interns,
    words: {
      intern: t("intern"),
      modulesDone: t("modulesDone"),
      doneBy: t("doneBy"),
      states: { d: t("states.done"), p: t("states.planned"), n: t("states.notPlanned") },
    },
  };
}

/** The two column orders as links (the shown one marked), each a URL of its own (?sort=weakest). */
function OrderLinks({ basePath, sort, t }: { basePath: string; sort: HeatmapSort; t: Words }) {
  return (
    <nav aria-labelledby="heatmap-order" className="flex flex-wrap items-center gap-2 text-sm">
      <span id="heatmap-order" className="font-medium">
        {t("order.label")}
      </span>
      {HEATMAP_SORTS.map((option) => {
        const query = heatmapViewQuery({ sort: option });
        const current = option === sort;
        return (
          <PendingLink
            key={option}
            href={`${basePath}${query ? `?${query}` : ""}`}
            aria-current={current ? "page" : undefined}
            pendingText={t("loading")}
            className={`inline-flex min-h-10 items-center gap-1 rounded-lg border px-3 py-1.5 ${
              current
                ? "border-brand-600 bg-brand-50 font-semibold text-brand-800"
                : "border-slate-300 bg-white hover:bg-slate-100"
            }`}
          >
            {t(SORT_WORDS[option])}
            {current ? <span className="sr-only"> ({t("order.shown")})</span> : null}
          </PendingLink>
        );
      })}
    </nav>
  );
}

/** The symbols and what each means. */
function Legend({ t }: { t: Words }) {
  const items: [StateLetter, string][] = [
    ["d", t("states.done")],
    ["p", t("states.planned")],
    ["n", t("states.notPlanned")],
  ];
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
      <span className="font-medium">{t("legend")}</span>
      {items.map(([letter, words]) => (
        <span key={letter} className="inline-flex items-center gap-1.5">
          <span aria-hidden className={`heatmap-key ${letter}`}>
            {SYMBOL[letter]}
          </span>
          {words}
        </span>
      ))}
    </p>
  );
}

/** The order links, the key, the weakest modules in words, and the table; or why there is nothing to show. */
export async function HeatmapView({ heatmap, basePath }: { heatmap: CohortHeatmap; basePath: string }) {
  const t = await getTranslations("heatmap");
  if (heatmap.modules.length === 0 || heatmap.rows.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">{heatmap.modules.length === 0 ? t("emptyModules") : t("emptyInterns")}</p>
      </Card>
    );
  }
  const interns = heatmap.rows.length;
  const weakest = weakestModules(heatmap, WEAKEST_NAMED);
  return (
    <div className="space-y-3">
      <OrderLinks basePath={basePath} sort={heatmap.sort} t={t} />
      <Legend t={t} />
      <p className="text-sm text-slate-700">
        <span className="font-medium">{t("weakest")}</span>{" "}
        {weakest.map((m) => t("columnTotal", { code: m.code, done: m.done, interns })).join("; ")}
      </p>
      <HeatmapTable {...tableProps(heatmap, t)} />
    </div>
  );
}
