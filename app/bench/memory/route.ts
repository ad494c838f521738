// `npm run bench`'s soak reads the server's memory here every 10 s (scripts/bench/soak.ts): Node's
// heap, what lives outside it, and the view cache's bytes and entries, so that a growth of the
// process's RSS can be told apart. 404 unless the server runs with WORKLOG_BENCH=1.
import { benchEnabled, benchNotFound } from "@/lib/server/bench/enabled";
import { viewCache } from "@/lib/server/cache/view-cache";

export const dynamic = "force-dynamic";

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function GET() {
  if (!benchEnabled()) return benchNotFound();
  const memory = process.memoryUsage();
  const cache = viewCache().size();
  return Response.json(
    {
      heapUsedMb: mb(memory.heapUsed),
      heapTotalMb: mb(memory.heapTotal),
      externalMb: mb(memory.external),
      cacheMb: mb(cache.bytes),
      cacheEntries: cache.entries,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
