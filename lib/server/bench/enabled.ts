import "server-only";

/**
 * The benchmark's reference pages and query counter exist only when the server runs with
 * WORKLOG_BENCH=1 (`npm run bench` sets it); everywhere else they answer 404 and count nothing.
 */
export function benchEnabled(): boolean {
  return process.env.WORKLOG_BENCH === "1";
}
