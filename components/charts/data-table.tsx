"use client";

// A chart's numbers as a table, behind a "Show the numbers" disclosure. A client component so that
// its rows travel as data (a cohort has 50 interns × 6 numbers) rather than as an element tree in
// both the HTML and the RSC payload, and so that the table is built when it is opened, not on
// every page view (docs/PERFORMANCE.md): its rows are worked out then too (`rows` is a function; a
// cohort's 50 interns cost 100 translated phrases on the server otherwise).
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

export function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: () => (string | number)[][];
}) {
  const t = useTranslations("charts");
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page was interactive: no toggle event reached React, so look once.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={details} className="mt-3 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-brand-800 hover:underline">{t("showTable")}</summary>
      {open ? (
        <div className="mt-2 overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map(([first, ...rest], index) => (
                <tr key={index}>
                  <th scope="row">{first}</th>
                  {rest.map((value, i) => (
                    <td key={i}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
