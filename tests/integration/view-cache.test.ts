// The cached views (lib/server/cache/view-cache.ts, docs/decisions/022) with two app instances on one
// database: each instance is its own module graph (its own pool and cache), as two servers are. A
// tick acknowledged by one is in the other's next grid, heatmap and program overview; unchanged
// views are served from the cache; the cache is bounded by size.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ViewCache } from "@/lib/server/cache/view-cache";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { db } from "@/lib/server/db";
import { createCohort, createIntern, createMentor, createModuleCatalogue, createUser, createWeek } from "../factories";

type Instance = {
  grid: typeof import("@/lib/server/data/grid");
  heatmap: typeof import("@/lib/server/data/heatmap");
  program: typeof import("@/lib/server/data/program");
  tasks: typeof import("@/lib/server/data/tasks");
  cache: typeof import("@/lib/server/cache/view-cache");
};

/** A second app instance: the data layer imported afresh, with its own connection pool and cache. */
async function startInstance(): Promise<Instance> {
  vi.resetModules();
  return {
    grid: await import("@/lib/server/data/grid"),
    heatmap: await import("@/lib/server/data/heatmap"),
    program: await import("@/lib/server/data/program"),
    tasks: await import("@/lib/server/data/tasks"),
    cache: await import("@/lib/server/cache/view-cache"),
  };
}

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

let cohortId: string;
let intern: Viewer;
let mentor: Viewer;
let admin: Viewer;
let weekId: string;

beforeEach(async () => {
  await createModuleCatalogue();
  cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  intern = await viewer((await createIntern({ cohortId, name: "An" })).id);
  mentor = await viewer((await createMentor({ cohortIds: [cohortId] })).id);
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  weekId = (await createWeek({ internId: intern.id, cohortId, number: 1 })).id;
});

describe("two app instances", () => {
  it("a tick on one is in the other's next grid, heatmap and overview; unchanged views come from its cache", async () => {
    const one = await startInstance();
    const two = await startInstance();
    const today = "2026-01-07";
    const done = async () => ({
      grid: (await two.grid.getCohortGrid(mentor, cohortId, { today })).rows[0]!.cells[0]!.progress.done,
      heatmap: (await two.heatmap.getCohortHeatmap(mentor, cohortId)).rows[0]!.done,
      program: (await two.program.getProgramOverview(admin, { today })).find((c) => c.id === cohortId)!.progress.done,
    });
    const [mon] = (await getWeek(intern, weekId)).days;
    await db.taskModule.create({
      data: { taskId: mon!.tasks[0]!.id, moduleId: (await db.module.findFirstOrThrow()).id },
    });
    expect(await done()).toEqual({ grid: 0, heatmap: 0, program: 0 });
    const { hits } = two.cache.viewCache().stats;
    expect(await done()).toEqual({ grid: 0, heatmap: 0, program: 0 });
    expect(two.cache.viewCache().stats.hits).toBe(hits + 3);

    const kept = two.cache.viewCache().size().entries;
    await one.tasks.setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    expect(await done()).toEqual({ grid: 1, heatmap: 1, program: 1 });
    expect(two.cache.viewCache()).not.toBe(one.cache.viewCache());
    // The new version's three views replaced the old version's: nothing superseded stays kept.
    expect(two.cache.viewCache().size().entries).toBe(kept);
    expect(two.cache.viewCache().stats.superseded).toBe(3);
  });

  it("a mentor removed from the cohort is refused at once, whatever is cached", async () => {
    const two = await startInstance();
    await two.grid.getCohortGrid(mentor, cohortId);
    await db.cohortMentor.deleteMany({ where: { cohortId, mentorId: mentor.id } });
    await expect(two.grid.getCohortGrid(mentor, cohortId)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});

describe("the cache's bound", () => {
  const value = (n: number) => ({ text: "x".repeat(n) });

  it("keeps at most its size, dropping the least recently used first", async () => {
    const cache = new ViewCache(1000);
    const compute = vi.fn(async (n: number) => value(n));
    await cache.get("a", () => compute(400));
    await cache.get("b", () => compute(400));
    await cache.get("a", () => compute(400)); // a is now the most recently used
    await cache.get("c", () => compute(400));
    expect([cache.has("a"), cache.has("b"), cache.has("c")]).toEqual([true, false, true]);
    expect(cache.size().bytes).toBeLessThanOrEqual(1000);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("does not keep a value larger than itself, and a cache of 0 keeps nothing", async () => {
    const cache = new ViewCache(100);
    expect(await cache.get("big", async () => value(500))).toEqual(value(500));
    expect(cache.size()).toEqual({ bytes: 0, entries: 0 });
    const none = new ViewCache(0);
    await none.get("a", async () => value(1));
    expect(none.has("a")).toBe(false);
  });

  it("drops a lineage's older generation once it keeps a newer one, and keeps no older one computed late", async () => {
    const cache = new ViewCache(10_000);
    const v = (generation: number) => ({ name: "cohort c", generation });
    await cache.get("grid c 1 mentor-a", async () => value(10), v(1));
    await cache.get("grid c 1 mentor-b", async () => value(10), v(1));
    await cache.get("grid d 1 mentor-a", async () => value(10), { name: "cohort d", generation: 1 });
    expect(cache.size().entries).toBe(3);

    await cache.get("grid c 2 mentor-a", async () => value(10), v(2));
    expect([cache.has("grid c 1 mentor-a"), cache.has("grid c 1 mentor-b"), cache.has("grid c 2 mentor-a")]).toEqual([
      false,
      false,
      true,
    ]);
    expect(cache.has("grid d 1 mentor-a")).toBe(true); // another lineage
    expect(cache.stats.superseded).toBe(2);

    // A request that read version 1 before the write finishes late: served its view, not kept.
    expect(await cache.get("grid c 1 mentor-b", async () => value(3), v(1))).toEqual(value(3));
    expect(cache.has("grid c 1 mentor-b")).toBe(false);
    expect(cache.size().entries).toBe(2);

    // A lineage with no generation: the one asked for last is the newest.
    await cache.get("table hash-1", async () => value(10), { name: "table" });
    await cache.get("table hash-2", async () => value(10), { name: "table" });
    expect([cache.has("table hash-1"), cache.has("table hash-2")]).toEqual([false, true]);
  });

  it("keeps its lineages in step with the LRU: evictions within a lineage, and a newer value too large to keep", async () => {
    const cache = new ViewCache(1000);
    const v = (generation: number) => ({ name: "cohort c", generation });
    await cache.get("c1 a", async () => value(400), v(1));
    await cache.get("c1 b", async () => value(400), v(1));
    await cache.get("c1 c", async () => value(400), v(1)); // pushes "c1 a" out
    expect([cache.has("c1 a"), cache.has("c1 b"), cache.has("c1 c")]).toEqual([false, true, true]);
    // Version 2, too large to keep: version 1's views go all the same, and nothing of it is kept.
    expect(await cache.get("c2 a", async () => value(5000), v(2))).toEqual(value(5000));
    expect(cache.size()).toEqual({ bytes: 0, entries: 0 });
    await cache.get("c2 b", async () => value(10), v(2));
    expect(cache.size().entries).toBe(1);
  });

  it("computes a key once for concurrent requests, and keeps no failure", async () => {
    const cache = new ViewCache(10_000);
    const compute = vi.fn(async () => value(10));
    await Promise.all([cache.get("k", compute), cache.get("k", compute), cache.get("k", compute)]);
    expect(compute).toHaveBeenCalledTimes(1);
    await expect(cache.get("bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("bad", async () => value(1))).toEqual(value(1));
  });
});
