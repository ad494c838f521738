import "server-only";
import { sseEvent, type LiveChange } from "@/lib/worklog/live-events";

/** One open stream (app/api/live/route.ts): whose it is, what it may hear, and how to reach it. */
export interface LiveStream {
  personId: string;
  /** The cohorts whose changes it may hear, read when it opened (liveAccessOf), or "all" (an admin: cohorts made later too). */
  cohortIds: ReadonlySet<string> | "all";
  /** The intern whose own changes it may hear (an intern's stream: themselves), or null. */
  internId: string | null;
  send(chunk: string): void;
  close(): void;
}

/** Streams one person may hold open in this instance; a further one closes their oldest. */
export const STREAMS_PER_PERSON = 8;
/** Streams one instance holds at most; beyond, the route answers 503 (the browser tries again later). */
export const STREAMS_PER_INSTANCE = 5000;

/**
 * This instance's open streams, indexed by what they may hear (docs/decisions/023), so that a change
 * reaches its streams without a query or a scan of the others: access is checked once when a stream
 * opens and kept here; a change of someone's access closes their streams (the browser reopens
 * them, checked again).
 */
export class LiveHub {
  private readonly byCohort = new Map<string, Set<LiveStream>>();
  private readonly byIntern = new Map<string, Set<LiveStream>>();
  private readonly byPerson = new Map<string, LiveStream[]>();
  /** Admins' streams: every cohort's changes. */
  private readonly everyCohort = new Set<LiveStream>();
  private sequence = 0;
  /**
   * Moved by every access change heard and every reconnect of the listener; `changedAt` keeps, per
   * person, the value after their last access change (an hour's worth), so that a stream whose access
   * was read while a change went by can tell (accessChangedSince).
   */
  private accessSequence = 0;
  private lostAt = 0;
  private readonly changedAt = new Map<string, { at: number; time: number }>();
  /** Names this instance's run in event ids ("<boot>-<n>"). */
  readonly boot = Date.now().toString(36);
  readonly stats = { opened: 0, sent: 0 };

  /** Where access changes stand: read before a stream reads its access. */
  accessMark(): number {
    return this.accessSequence;
  }

  /** Whether this person's access changed (or the listener was lost) since `mark`: then their access is read again. */
  accessChangedSince(personId: string, mark: number): boolean {
    return this.lostAt > mark || (this.changedAt.get(personId)?.at ?? 0) > mark;
  }

  /** Whether the instance takes another stream. */
  full(): boolean {
    return this.size() >= STREAMS_PER_INSTANCE;
  }

  add(stream: LiveStream): void {
    const own = this.byPerson.get(stream.personId) ?? [];
    while (own.length >= STREAMS_PER_PERSON) {
      const oldest = own.shift();
      oldest?.send(sseEvent("bye", { reason: "evicted" }));
      oldest?.close();
    }
    own.push(stream);
    this.byPerson.set(stream.personId, own);
    if (stream.cohortIds === "all") this.everyCohort.add(stream);
    else for (const cohortId of stream.cohortIds) addTo(this.byCohort, cohortId, stream);
    if (stream.internId) addTo(this.byIntern, stream.internId, stream);
    this.stats.opened += 1;
  }

  remove(stream: LiveStream): void {
    const own = this.byPerson.get(stream.personId)?.filter((s) => s !== stream) ?? [];
    if (own.length > 0) this.byPerson.set(stream.personId, own);
    else this.byPerson.delete(stream.personId);
    if (stream.cohortIds === "all") this.everyCohort.delete(stream);
    else for (const cohortId of stream.cohortIds) removeFrom(this.byCohort, cohortId, stream);
    if (stream.internId) removeFrom(this.byIntern, stream.internId, stream);
  }

  /** Sends the change to the streams that may hear it; an access change closes that person's streams. */
  dispatch(change: LiveChange): void {
    if (change.kind === "access") {
      this.accessSequence += 1;
      this.changedAt.set(change.personId, { at: this.accessSequence, time: Date.now() });
      this.forget();
      for (const stream of [...(this.byPerson.get(change.personId) ?? [])]) {
        stream.send(sseEvent("bye", { reason: "access" }));
        stream.close();
      }
      return;
    }
    const streams =
      change.kind === "intern"
        ? [...(this.byIntern.get(change.internId) ?? [])]
        : [...(this.byCohort.get(change.cohortId) ?? []), ...this.everyCohort];
    if (streams.length === 0) return;
    const chunk = sseEvent(change.kind, change, this.nextId());
    for (const stream of streams) stream.send(chunk);
    this.stats.sent += streams.length;
  }

  /**
   * The listener was lost and is back: changes, access changes among them, may have gone unheard,
   * so every stream ends (bye) and the browsers open them again, their access read again.
   */
  closeAll(): void {
    this.accessSequence += 1;
    this.lostAt = this.accessSequence;
    for (const own of [...this.byPerson.values()])
      for (const stream of [...own]) {
        stream.send(sseEvent("bye", { reason: "reconnect" }));
        stream.close();
      }
  }

  /** Access changes older than an hour: no stream takes that long to open. */
  private forget(): void {
    const before = Date.now() - 3_600_000;
    for (const [person, change] of this.changedAt) if (change.time < before) this.changedAt.delete(person);
  }

  nextId(): string {
    this.sequence += 1;
    return `${this.boot}-${this.sequence}`;
  }

  size(): number {
    let streams = 0;
    for (const own of this.byPerson.values()) streams += own.length;
    return streams;
  }
}

function addTo(index: Map<string, Set<LiveStream>>, key: string, stream: LiveStream) {
  const set = index.get(key) ?? new Set();
  set.add(stream);
  index.set(key, set);
}

function removeFrom(index: Map<string, Set<LiveStream>>, key: string, stream: LiveStream) {
  const set = index.get(key);
  set?.delete(stream);
  if (set?.size === 0) index.delete(key);
}

const HUB = Symbol.for("worklog.liveHub");

/** This instance's hub (one per process, whichever bundle asks). */
export function liveHub(): LiveHub {
  const global = globalThis as { [HUB]?: LiveHub };
  global[HUB] ??= new LiveHub();
  return global[HUB];
}
