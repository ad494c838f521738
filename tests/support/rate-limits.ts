// Rate-limit counters set straight in a running app's database (lib/server/rate-limit.ts counts
// fixed one-minute windows in `rate_limits`), so that a browser test can put a key at its limit
// without sending the requests, and without depending on where in the minute it runs.
import pg from "pg";

const WINDOW_MS = 60_000;

/**
 * Each key at (at least) `count` hits in the window holding now and the `ahead` windows after it,
 * so that every request a test sends in the next minutes meets the same count.
 */
export async function fillRateWindows(databaseUrl: string, keys: string[], count: number, ahead = 3): Promise<void> {
  const current = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS;
  const starts = Array.from({ length: ahead + 1 }, (_, i) => new Date(current + i * WINDOW_MS));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO rate_limits (key, window_start, count)
       SELECT key, window_start, $3 FROM unnest($1::text[]) AS key CROSS JOIN unnest($2::timestamptz[]) AS window_start
       ON CONFLICT (key, window_start) DO UPDATE SET count = GREATEST(rate_limits.count, $3)`,
      [keys, starts, count],
    );
  } finally {
    await client.end();
  }
}
