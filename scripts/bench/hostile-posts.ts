// Server-action posts of the hostile-input section (hostile-input.ts): the day editor's save with a
// 2 MB body, signed out (proxy.ts should refuse it before Next.js reads the body), and any action
// posted as the browser posts it, timed.
import { ACTION_BODY_BYTES } from "../../lib/schemas/limits.ts";
import { DASHBOARD_ROUTER_STATE } from "./endpoints.ts";

export interface PostTimes {
  label: string;
  statuses: Record<string, number>;
  maxMs: number;
  medianMs: number;
}

const WEEK = "4b0b9e0c-0f43-4d39-9a3f-0f4e8d1f6a01";

/** A day save's body of exactly `bytes` bytes: a label of `< ` runs (the shape that was quadratic). */
function dayActionBody(bytes: number): string {
  const skeleton = JSON.stringify([null, { weekId: WEEK, baseVersion: 0, label: "", tasks: [] }]);
  const room = bytes - skeleton.length;
  const label = `${"< ".repeat(Math.floor(room / 2))}${room % 2 ? "x" : ""}`;
  return JSON.stringify([null, { weekId: WEEK, baseVersion: 0, label, tasks: [] }]);
}

export function actionHeaders(origin: string, actionId: string, cookie: string | undefined): Record<string, string> {
  return {
    accept: "text/x-component",
    "next-action": actionId,
    "next-router-state-tree": DASHBOARD_ROUTER_STATE,
    "content-type": "text/plain;charset=UTF-8",
    origin,
    ...(cookie ? { cookie } : {}),
  };
}

export async function timedPost(
  url: URL,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * Signed-out posts of the day editor's action with a 2 MB body, ten of each after one not counted (the
 * first opens connections); proxy.ts should refuse them at once.
 */
export async function signedOutPosts(origin: string, actionId: string): Promise<PostTimes[]> {
  const forged = `authjs.session-token=forged-${Date.now()}`;
  const cases = [
    { label: "forged session cookie, 2 MB body", cookie: forged, bytes: ACTION_BODY_BYTES },
    { label: "no cookie, 2 MB body", cookie: undefined, bytes: ACTION_BODY_BYTES },
    { label: "forged session cookie, 2 MB + 1 byte", cookie: forged, bytes: ACTION_BODY_BYTES + 1 },
  ];
  const results: PostTimes[] = [];
  for (const { label, cookie, bytes } of cases) {
    const body = dayActionBody(bytes);
    const post = () => timedPost(new URL("/", origin), actionHeaders(origin, actionId, cookie), body);
    await post();
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    for (let i = 0; i < 10; i++) {
      const { status, ms } = await post();
      times.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    times.sort((a, b) => a - b);
    results.push({ label, statuses, maxMs: times.at(-1)!, medianMs: (times[4]! + times[5]!) / 2 });
  }
  return results;
}
