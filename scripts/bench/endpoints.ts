// The endpoints the bench loads (docs/PERFORMANCE.md, "What is measured"): the two floors, the
// intern's pages, the tick action, the mentors' and admins' pages and the exports. Each rotates through the signed-in users request by
// request and says what a good answer looks like.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../lib/paths.ts";
import type { LoadRequest } from "./load.ts";
import type { Intern, People, Session } from "./people.ts";

export interface Endpoint {
  key: string;
  label: string;
  /** Builds request number n. */
  request: (n: number) => LoadRequest;
  /** What a good answer looks like (checked once before the load runs). */
  check: (status: number, body: string) => boolean;
}

/** Builds the tick request of an intern. */
export type TickRequest = (who: Intern) => LoadRequest;

/** What each language's browser says it reads (the bench's people have saved no language). */
const ACCEPT_LANGUAGE = { en: "en-US,en;q=0.9", vi: "vi-VN,vi;q=0.9" } as const;

export const html = (session: Session, lang: keyof typeof ACCEPT_LANGUAGE = "en"): Record<string, string> => ({
  accept: "text/html,application/xhtml+xml",
  "accept-language": ACCEPT_LANGUAGE[lang],
  cookie: session.cookie,
  "x-forwarded-for": session.address,
});

function rotate<T>(list: T[]): (n: number) => T {
  return (n) => list[n % list.length]!;
}

/** The id a server action is posted under (the build's server-reference manifest). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(repoRoot, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, v]) => v.filename === filename && v.exportedName === exportedName,
  )?.[0];
  if (!id) throw new Error(`${exportedName} not found in .next/server/server-reference-manifest.json`);
  return id;
}

/** What the browser's router sends with a server action posted from the dashboard (/). */
export const DASHBOARD_ROUTER_STATE = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]));

/** The tickTaskAction server action as the browser posts it from the dashboard; done and not done in turn. */
export function tickRequester(origin: string): TickRequest {
  const tickActionId = serverActionId("lib/server/actions/tasks.ts", "tickTaskAction");
  return (who) => {
    const done = who.tickNext;
    who.tickNext = !done;
    return {
      method: "POST",
      path: "/",
      headers: {
        accept: "text/x-component",
        "next-action": tickActionId,
        "next-router-state-tree": DASHBOARD_ROUTER_STATE,
        "content-type": "text/plain;charset=UTF-8",
        origin,
        cookie: who.cookie,
        "x-forwarded-for": who.address,
      },
      body: JSON.stringify([null, { taskId: who.taskId, done }]),
    };
  };
}

/**
 * In the order of every round (scripts/bench/under-load.ts): each floor, then the pages judged against
 * it, so that a page and its floor are measured seconds apart.
 */
export function benchEndpoints(people: People, tickRequest: TickRequest): Endpoint[] {
  const intern = rotate(people.interns);
  const mentor = rotate(people.mentors);
  return [
    {
      key: "floor",
      label: "framework floor (/bench/floor)",
      request: (n) => ({ method: "GET", path: "/bench/floor", headers: html(intern(n)) }),
      check: (s, b) => s === 200 && b.includes("Framework floor"),
    },
    {
      key: "dashboard",
      label: "intern dashboard (/)",
      request: (n) => ({ method: "GET", path: "/", headers: html(intern(n)) }),
      check: (s, b) => s === 200 && b.includes("Your worklog"),
    },
    {
      key: "dashboardVi",
      label: "intern dashboard, Vietnamese",
      request: (n) => ({ method: "GET", path: "/", headers: html(intern(n), "vi") }),
      check: (s, b) => s === 200 && b.includes("Worklog của bạn") && b.includes('lang="vi"'),
    },
    {
      key: "week",
      label: "week page (/weeks/<id>)",
      request: (n) => ({ method: "GET", path: `/weeks/${intern(n).weekId}`, headers: html(intern(n)) }),
      check: (s, b) => s === 200 && b.includes("Submit for review"),
    },
    {
      key: "tick",
      label: "tick a task (server action)",
      request: (n) => tickRequest(intern(n)),
      check: (s, b) => s === 200 && b.includes('"ok":true'),
    },
    {
      key: "weekExport",
      label: "week Markdown export (.md)",
      request: (n) => ({ method: "GET", path: `/weeks/${intern(n).weekId}/export.md`, headers: html(intern(n)) }),
      check: (s, b) => s === 200 && b.includes("Week") && b.startsWith("---"),
    },
    {
      key: "dataFloor",
      label: "data floor (/bench/data-floor)",
      request: (n) => ({
        method: "GET",
        path: `/bench/data-floor?cohort=${mentor(n).cohortId}`,
        headers: html(mentor(n)),
      }),
      check: (s, b) => s === 200 && b.includes("Bench cohort"),
    },
    {
      key: "grid",
      // The whole cohort: each bench mentor has half its interns assigned (scripts/seed-large.ts).
      label: "cohort grid, 50 × 12 (/cohorts/<id>)",
      request: (n) => ({ method: "GET", path: `/cohorts/${mentor(n).cohortId}?scope=all`, headers: html(mentor(n)) }),
      check: (s, b) => s === 200 && b.includes("Interns and weeks"),
    },
    {
      key: "gridVi",
      label: "cohort grid, Vietnamese",
      request: (n) => ({
        method: "GET",
        path: `/cohorts/${mentor(n).cohortId}?scope=all`,
        headers: html(mentor(n), "vi"),
      }),
      check: (s, b) => s === 200 && b.includes("Thực tập sinh và các tuần") && b.includes('lang="vi"'),
    },
    {
      key: "heatmap",
      label: "module heatmap, 50 × 29 (/cohorts/<id>/modules)",
      request: (n) => ({ method: "GET", path: `/cohorts/${mentor(n).cohortId}/modules`, headers: html(mentor(n)) }),
      // Every intern's row, every module's column (the catalogue has 29).
      check: (s, b) => s === 200 && b.includes('class="heatmap"') && (b.match(/<th scope="row">/g) ?? []).length === 51,
    },
    {
      key: "program",
      label: "program overview, 21 cohorts (/program)",
      request: () => ({ method: "GET", path: "/program", headers: html(people.demoAdmin) }),
      check: (s, b) => s === 200 && b.includes("Bench cohort 20") && b.includes('id="program-caption"'),
    },
    {
      key: "workload",
      label: "reviewer workload, 41 mentors (/program/mentors)",
      request: () => ({ method: "GET", path: "/program/mentors", headers: html(people.demoAdmin) }),
      check: (s, b) => s === 200 && b.includes("Bench cohort 20") && b.includes('id="workload-caption"'),
    },
    {
      key: "csv",
      label: "cohort CSV export (.csv)",
      request: (n) => ({
        method: "GET",
        path: `/cohorts/${mentor(n).cohortId}/export.csv?scope=all`,
        headers: html(mentor(n)),
      }),
      check: (s, b) => s === 200 && b.split("\n").length > 500,
    },
  ];
}

/** BENCH_ONLY: the endpoints to load, and whether the database restart ("restart"), the hostile input ("hostile"), the notifications ("notifications"), bulk approve ("bulkApprove") and live updates ("live") run. */
export function selectEndpoints(
  endpoints: Endpoint[],
  only: string[],
): {
  loaded: Endpoint[];
  restartWanted: boolean;
  hostileWanted: boolean;
  notificationsWanted: boolean;
  bulkApproveWanted: boolean;
  liveWanted: boolean;
  soakWanted: boolean;
  instancesWanted: boolean;
} {
  const keys = endpoints.map((e) => e.key);
  const sections = ["restart", "hostile", "notifications", "bulkApprove", "live", "soak", "instances"];
  for (const key of only) {
    if (!keys.includes(key) && !sections.includes(key))
      throw new Error(
        `BENCH_ONLY: no endpoint "${key}" (there are ${keys.join(", ")}, "restart" for the database restart, "hostile" for hostile input, "notifications", "bulkApprove", "live", "soak" and "instances").`,
      );
  }
  return {
    loaded: only.length > 0 ? endpoints.filter((e) => only.includes(e.key)) : endpoints,
    restartWanted: only.length === 0 || only.includes("restart"),
    hostileWanted: only.length === 0 || only.includes("hostile"),
    notificationsWanted: only.length === 0 || only.includes("notifications"),
    bulkApproveWanted: only.length === 0 || only.includes("bulkApprove"),
    liveWanted: only.length === 0 || only.includes("live"),
    instancesWanted: only.length === 0 || only.includes("instances"),
    // Ten minutes: only when asked for.
    soakWanted: only.includes("soak"),
  };
}

/** One request sent alone, its answer read whole. */
export async function send(origin: string, request: LoadRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(request.path, origin), {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}
