// The live updates' events (docs/decisions/023): what the database announces on channel
// worklog_live (migration live_events) and what a stream sends on to the browser. Pure: parsing is
// linear in the payload and refuses anything not of the four shapes.

/** A change, as the database announced it. */
export type LiveChange =
  | { kind: "cohort"; cohortId: string; version: string }
  | { kind: "review"; cohortId: string }
  | { kind: "intern"; internId: string }
  | { kind: "access"; personId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERSION = /^\d{1,19}$/;

/** The payload "c <cohort> <version>", "r <cohort>", "i <intern>" or "m <person>"; null for anything else. */
export function parseLiveChange(payload: string): LiveChange | null {
  if (payload.length > 100) return null;
  const [letter, id, version, ...rest] = payload.split(" ");
  if (rest.length > 0 || !id || !UUID.test(id)) return null;
  if (letter === "c") return version && VERSION.test(version) ? { kind: "cohort", cohortId: id, version } : null;
  if (version !== undefined) return null;
  if (letter === "r") return { kind: "review", cohortId: id };
  if (letter === "i") return { kind: "intern", internId: id };
  if (letter === "m") return { kind: "access", personId: id };
  return null;
}

/** What a browser tab listens for: "c:<cohort>" (its grid), "r:<cohort>", "i:<intern>", or "c:*" and "r:*" (any of the viewer's cohorts). */
export function topicsOf(change: LiveChange): string[] {
  switch (change.kind) {
    case "cohort":
      return [`c:${change.cohortId}`, "c:*"];
    case "review":
      return [`r:${change.cohortId}`, "r:*"];
    case "intern":
      return [`i:${change.internId}`];
    case "access":
      return [];
  }
}

/** One Server-Sent Event: its name, id (for Last-Event-ID) and JSON data, as the wire wants it. */
export function sseEvent(name: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ""}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
