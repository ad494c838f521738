// The data floor of `npm run bench` (docs/PERFORMANCE.md): the cohort grid's numbers from one
// hand-written SQL query through pg, as a plain table. What the real grid page
// (/cohorts/<id>) is measured against. 404 unless the server runs with WORKLOG_BENCH=1.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { gridFloorRows } from "@/lib/server/bench/data-floor";
import { benchEnabled } from "@/lib/server/bench/enabled";
import { isUuid } from "@/lib/server/data/access";
import { getViewer } from "@/lib/server/data/session";
import { programToday } from "@/lib/server/today";

export const metadata: Metadata = { title: "Bench: data floor" };

export default async function DataFloorPage({ searchParams }: PageProps<"/bench/data-floor">) {
  await connection();
  if (!benchEnabled()) notFound();
  const { cohort } = await searchParams;
  const viewer = await getViewer();
  if (!viewer || typeof cohort !== "string" || !isUuid(cohort)) notFound();
  const rows = await gridFloorRows(cohort, viewer.id);
  if (rows.length === 0) notFound();
  const today = programToday();
  const interns: { id: string; name: string; email: string; cells: Map<number, (typeof rows)[number]> }[] = [];
  let weekCount = 0;
  for (const row of rows) {
    let intern = interns.at(-1);
    if (intern?.id !== row.intern_id) {
      intern = { id: row.intern_id, name: row.name, email: row.email, cells: new Map() };
      interns.push(intern);
    }
    if (row.number !== null) {
      intern.cells.set(row.number, row);
      weekCount = Math.max(weekCount, row.number);
    }
  }
  const numbers = Array.from({ length: weekCount }, (_, i) => i + 1);
  return (
    <table>
      <caption>{rows[0]!.cohort_name}</caption>
      <thead>
        <tr>
          <th>Intern</th>
          {numbers.map((n) => (
            <th key={n}>Week {n}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {interns.map((intern) => (
          <tr key={intern.id}>
            <th>
              {intern.name} {intern.email}
            </th>
            {numbers.map((n) => {
              const cell = intern.cells.get(n);
              const behind =
                cell?.end_date &&
                cell.status !== "APPROVED" &&
                cell.done < cell.total &&
                (cell.extended_until ?? cell.end_date).toISOString().slice(0, 10) < today;
              return (
                <td key={n}>{cell ? `${cell.status} ${cell.done}/${cell.total}${behind ? " ⚠" : ""}` : "none"}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
