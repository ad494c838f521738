// Live updates below the browser (docs/decisions/023): what the database announces at commit,
// heard by two app instances' listeners (two hubs on one database, as two servers), reaching
// only the streams allowed to hear it; access read once and dropped when it changes; a lost
// listener reconnects and tells its streams to resync.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addReviewComment } from "@/lib/server/data/reviews";
import { liveAccessOf } from "@/lib/server/data/live-access";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { db } from "@/lib/server/db";
import { LiveHub, STREAMS_PER_PERSON, type LiveStream } from "@/lib/server/live/hub";
import { LiveListener } from "@/lib/server/live/listener";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

/** A stream as the route makes one, keeping what it was sent. */
async function streamOf(hub: LiveHub, who: Viewer) {
  const access = await liveAccessOf(who);
  const sent: string[] = [];
  const stream: LiveStream & { sent: string[]; closed: boolean } = {
    personId: who.id,
    cohortIds: access.cohortIds === "all" ? "all" : new Set(access.cohortIds),
    internId: access.internId,
    sent,
    closed: false,
    send: (chunk) => void sent.push(chunk),
    close: () => {
      stream.closed = true;
      hub.remove(stream);
    },
  };
  hub.add(stream);
  return stream;
}

const events = (stream: { sent: string[] }, name: string) =>
  stream.sent
    .filter((chunk) => chunk.includes(`event: ${name}\n`))
    .map((chunk) => JSON.parse(chunk.split("data: ")[1]!));

let listeners: LiveListener[] = [];
let hubs: LiveHub[];
let cohortId: string;
let intern: Viewer;
let mentor: Viewer;
let otherMentor: Viewer;
let weekId: string;

beforeEach(async () => {
  cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  const otherCohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  intern = await viewer((await createIntern({ cohortId })).id);
  mentor = await viewer((await createMentor({ cohortIds: [cohortId] })).id);
  otherMentor = await viewer((await createMentor({ cohortIds: [otherCohortId] })).id);
  weekId = (await createWeek({ internId: intern.id, cohortId, number: 1 })).id;
  hubs = [new LiveHub(), new LiveHub()];
  listeners = hubs.map((hub) => new LiveListener(process.env.DATABASE_URL!, hub));
  await Promise.all(listeners.map((l) => l.ready));
});

afterEach(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
});

describe("a change reaches every instance's allowed streams, and no other", () => {
  it("a tick: the cohort's new version to its mentor on both instances, the intern's own event to the intern", async () => {
    const [one, two] = hubs as [LiveHub, LiveHub];
    const mentorOnOne = await streamOf(one, mentor);
    const mentorOnTwo = await streamOf(two, mentor);
    const stranger = await streamOf(two, otherMentor);
    const own = await streamOf(one, intern);
    const task = (await getWeek(intern, weekId)).days[0]!.tasks[0]!;
    await setTaskDone(intern, { taskId: task.id, done: true });
    const { gridVersion } = await db.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: { gridVersion: true },
    });
    const expected = [{ kind: "cohort", cohortId, version: gridVersion.toString() }];
    // Each instance hears the change on its own listening connection, so in its own time.
    await vi.waitFor(() => expect(events(mentorOnTwo, "cohort")).toEqual(expected));
    await vi.waitFor(() => expect(events(mentorOnOne, "cohort")).toEqual(expected));
    await vi.waitFor(() => expect(events(own, "intern")).toEqual([{ kind: "intern", internId: intern.id }]));
    expect(events(own, "cohort")).toEqual([]);
    expect(stranger.sent).toEqual([]);
  });

  it("a comment: review talk to the cohort's streams, and to the intern", async () => {
    const [one] = hubs as [LiveHub, LiveHub];
    const watching = await streamOf(one, mentor);
    const own = await streamOf(one, intern);
    await addReviewComment(mentor, { weekId, body: "Add the lab" });
    await vi.waitFor(() => expect(events(watching, "review")).toEqual([{ kind: "review", cohortId }]));
    await vi.waitFor(() => expect(events(own, "intern")).toHaveLength(1));
    expect(events(watching, "cohort")).toEqual([]);
  });
});

describe("access", () => {
  it("is read once: a mentor of the cohort, an admin every cohort (made later too), an intern only themselves", async () => {
    const admin = await viewer((await createUser({ role: "ADMIN" })).id);
    expect((await liveAccessOf(mentor)).cohortIds).toEqual([cohortId]);
    const adminAccess = await liveAccessOf(admin);
    expect(adminAccess.cohortIds).toBe("all");
    expect(Object.keys(adminAccess.versions).sort()).toEqual((await db.cohort.findMany()).map((c) => c.id).sort());
    expect(await liveAccessOf(intern)).toEqual({ cohortIds: [], versions: {}, internId: intern.id });
    const watching = await streamOf(hubs[0]!, admin);
    const later = await createCohort({ startDate: "2026-02-02" });
    await createIntern({ cohortId: later.id });
    await vi.waitFor(() => expect(events(watching, "cohort").map((e) => e.cohortId)).toContain(later.id));
  });

  it("a change of someone's access while their stream reads it is seen, so that it is read again", async () => {
    const hub = hubs[0]!;
    const mark = hub.accessMark();
    expect(hub.accessChangedSince(mentor.id, mark)).toBe(false);
    await db.cohortMentor.delete({ where: { cohortId_mentorId: { cohortId, mentorId: mentor.id } } });
    await vi.waitFor(() => expect(hub.accessChangedSince(mentor.id, mark)).toBe(true));
    expect(hub.accessChangedSince(otherMentor.id, mark)).toBe(false);
  });

  it("a mentor removed from the cohort has their streams closed at once, on every instance", async () => {
    const streams = await Promise.all(hubs.map((hub) => streamOf(hub, mentor)));
    await db.cohortMentor.delete({ where: { cohortId_mentorId: { cohortId, mentorId: mentor.id } } });
    await vi.waitFor(() => expect(streams.map((s) => s.closed)).toEqual([true, true]));
    expect(streams.map((s) => events(s, "bye"))).toEqual([[{ reason: "access" }], [{ reason: "access" }]]);
    expect(hubs.map((hub) => hub.size())).toEqual([0, 0]);
    expect((await liveAccessOf(mentor)).cohortIds).toEqual([]);
  });

  it(`keeps ${STREAMS_PER_PERSON} streams a person: one more closes their oldest`, async () => {
    const hub = hubs[0]!;
    const streams = [];
    for (let n = 0; n <= STREAMS_PER_PERSON; n++) streams.push(await streamOf(hub, mentor));
    expect(streams.map((s) => s.closed)).toEqual([true, ...Array(STREAMS_PER_PERSON).fill(false)]);
    expect(events(streams[0]!, "bye")).toEqual([{ reason: "evicted" }]);
    expect(hub.size()).toBe(STREAMS_PER_PERSON);
  });
});

describe("a lost listener", () => {
  it("reconnects, ends its streams (their access read again when they reopen), and hears changes again", async () => {
    const hub = hubs[0]!;
    const watching = await streamOf(hub, mentor);
    const mark = hub.accessMark();
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                         WHERE application_name = 'worklog-live' AND pid <> pg_backend_pid()`;
    await vi.waitFor(() => expect(events(watching, "bye")).toEqual([{ reason: "reconnect" }]), { timeout: 5000 });
    expect(watching.closed).toBe(true);
    expect(hub.accessChangedSince(mentor.id, mark)).toBe(true);
    await vi.waitFor(() => expect(listeners[0]!.connected).toBe(true));
    const again = await streamOf(hub, mentor);
    const task = (await getWeek(intern, weekId)).days[0]!.tasks[1]!;
    await setTaskDone(intern, { taskId: task.id, done: true });
    await vi.waitFor(() => expect(events(again, "cohort")).toHaveLength(1));
  });
});
