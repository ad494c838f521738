import "server-only";

/**
 * The benchmark's reference pages and query counter exist only when the server runs with
 * WORKLOG_BENCH=1 (`npm run bench` sets it); everywhere else they answer 404 and count nothing.
 */
export function benchEnabled(): boolean {
  return process.env.WORKLOG_BENCH === "1";
}

/** What the benchmark's routes answer when it is off: the plain 404 of a route that does not exist. */
export function benchNotFound(): Response {
  return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
