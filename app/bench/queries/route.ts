// `npm run bench` reads the server's SQL statement counter here before and after a request
// (docs/PERFORMANCE.md). 404 unless the server runs with WORKLOG_BENCH=1.
import { benchEnabled, benchNotFound } from "@/lib/server/bench/enabled";
import { installQueryCounter, queryCount } from "@/lib/server/bench/query-counter";

export const dynamic = "force-dynamic";

export function GET() {
  if (!benchEnabled()) return benchNotFound();
  installQueryCounter();
  return Response.json({ queries: queryCount() }, { headers: { "Cache-Control": "no-store" } });
}
