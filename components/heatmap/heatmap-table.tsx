"use client";

// The module heatmap's table, rendered from compact data. A client component because its props travel
// as data (a letter a cell) where a server component's output would travel as the element tree of
// 50 × 29 cells, once in the HTML and again in the RSC payload. It has no state and reads no messages: the page passes its words.
import "./heatmap.css";

/** A cell's state as one letter: done, planned but not done, not planned. */
export type StateLetter = "d" | "p" | "n";

export interface HeatmapTableProps {
  caption: string;
  /** The week headings above the modules (colspan), or null when the columns are not grouped by week. */
  groups: { label: string; span: number }[] | null;
  columns: {
    code: string;
    title: string;
    /** The module's week under its code, when the columns are not grouped by week. */
    week: string | null;
    /** Interns who have done it, and the sentence that says so ("05-06: done by 12 of 50"). */
    done: number;
    total: string;
  }[];
  /** [id, name, email, one letter per column, "3 of 29"]. */
  rows: [string, string, string, string, string][];
  internCount: number;
  words: { intern: string; modulesDone: string; doneBy: string; states: Record<StateLetter, string> };
}

/**
 * A row per intern, a column per module, a total per module. Its head stays in view when it scrolls
 * down and the names when it scrolls sideways (on a phone too); each cell says its state in words
 * for screen readers and by a symbol on screen (CSS), so colour is never the only sign.
 */
export function HeatmapTable({ caption, groups, columns, rows, internCount, words }: HeatmapTableProps) {
  return (
    <div role="region" aria-labelledby="heatmap-caption" tabIndex={0} className="heatmap-frame">
      <table className="heatmap">
        <caption id="heatmap-caption">{caption}</caption>
        <colgroup />
        {groups ? groups.map((g, i) => <colgroup key={i} span={g.span} />) : <colgroup span={columns.length} />}
        <colgroup />
        <thead>
          {groups ? (
            <tr>
              <th scope="col" rowSpan={2} className="corner">
                {words.intern}
              </th>
              {groups.map((g, i) => (
                <th key={i} scope="colgroup" colSpan={g.span} className="group">
                  {g.label}
                </th>
              ))}
              <th scope="col" rowSpan={2} className="sum">
                {words.modulesDone}
              </th>
            </tr>
          ) : null}
          <tr>
            {groups ? null : (
              <th scope="col" className="corner">
                {words.intern}
              </th>
            )}
            {columns.map((c) => (
              <th key={c.code} scope="col" title={c.title}>
                {c.code}
                <span className="sr-only"> {c.title}</span>
                {c.week ? <small>{c.week}</small> : null}
              </th>
            ))}
            {groups ? null : (
              <th scope="col" className="sum">
                {words.modulesDone}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, name, email, states, total]) => (
            <tr key={id}>
              <th scope="row">
                {name}
                <small>{email}</small>
              </th>
              {Array.from(states, (letter, i) => (
                <td key={i} className={letter}>
                  <span>{words.states[letter as StateLetter]}</span>
                </td>
              ))}
              <td className="sum">{total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.doneBy}</th>
            {columns.map((c) => (
              <td key={c.code}>
                <span aria-hidden>{`${c.done}/${internCount}`}</span>
                <span className="sr-only">{c.total}</span>
              </td>
            ))}
            <td className="sum" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
