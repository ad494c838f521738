// The module heatmap as a CSV file: the same view as the page (its columns in the page's order), a
// record per intern and a last record of each module's total, written as the grid's CSV is (UTF-8
// with a byte-order mark, CRLF, formula cells neutralised).
import { stringify } from "csv-stringify/sync";
import type { Translate } from "@/lib/i18n/said";
import { neutraliseFormula } from "./grid-csv";
import type { CohortHeatmap, ModuleState } from "./heatmap";

/** The words a heatmap CSV is written with. */
export interface HeatmapCsvWords {
  intern: string;
  email: string;
  states: Record<ModuleState, string>;
  /** The totals record's label, for this many interns ("Done by (of 50 interns)"). */
  doneBy: (interns: number) => string;
}

/** The words in one language (the route's, from the request; English for tests and scripts). */
export function heatmapCsvWords(t: Translate): HeatmapCsvWords {
  return {
    intern: t("heatmap.csv.intern"),
    email: t("heatmap.csv.email"),
    states: {
      done: t("heatmap.states.done"),
      planned: t("heatmap.states.planned"),
      "not-planned": t("heatmap.states.notPlanned"),
    },
    doneBy: (interns) => t("heatmap.csv.doneBy", { interns }),
  };
}

/** The records: the header, one per intern, the totals. */
export function heatmapCsvRecords(heatmap: CohortHeatmap, words: HeatmapCsvWords): (string | number)[][] {
  return [
    [words.intern, words.email, ...heatmap.modules.map((m) => `${m.code} ${m.title}`)],
    ...heatmap.rows.map((row) => [row.intern.name, row.intern.email, ...row.states.map((s) => words.states[s])]),
    [words.doneBy(heatmap.rows.length), "", ...heatmap.modules.map((m) => m.done)],
  ];
}

export function heatmapToCsv(heatmap: CohortHeatmap, words: HeatmapCsvWords): string {
  return stringify(heatmapCsvRecords(heatmap, words), {
    bom: true,
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
