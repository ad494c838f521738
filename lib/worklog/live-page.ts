// Which live messages concern a page (components/live/live-updates.tsx): pure, so that the rules
// are tested without a browser. Messages come from public/live-worker.js.

export type LiveMessage =
  | { type: "state"; state: "connecting" | "open" | "down" }
  | { type: "versions"; data: Record<string, string>; helloSeen: boolean }
  | { type: "hello"; data: { versions: Record<string, string>; resumed: boolean } }
  | { type: "resync"; data: unknown }
  | { type: "cohort"; data: { cohortId: string; version: string } }
  | { type: "review"; data: { cohortId: string } }
  | { type: "intern"; data: { internId: string } };

export interface LivePage {
  /** "c:<cohort>", "c:*", "r:<cohort>", "r:*", "i:<intern>". */
  topics: ReadonlySet<string>;
  /** The grid versions the page shows. */
  shown: Record<string, string>;
  /** Whether the page has had a hello already: a second one means the stream opened again. */
  helloSeen: boolean;
}

/** Some cohort the page shows has a newer version in `versions`. */
export function isBehind(shown: Record<string, string>, versions: Record<string, string>): boolean {
  return Object.entries(shown).some(([id, version]) => {
    const now = versions[id];
    return now !== undefined && /^\d+$/.test(now) && BigInt(now) > BigInt(version);
  });
}

/** Whether this message means the page should be rendered again. */
export function concernsPage(page: LivePage, message: LiveMessage): boolean {
  const { topics } = page;
  switch (message.type) {
    case "state":
      return false;
    case "versions":
      return isBehind(page.shown, message.data);
    case "hello": {
      // A stream opened again: a cohort's page catches up by its version, any other by rendering once.
      const unversioned = [...topics].some((topic) => !topic.startsWith("c:") || topic === "c:*");
      return isBehind(page.shown, message.data.versions) || (page.helloSeen && unversioned);
    }
    case "resync":
      return true;
    case "cohort": {
      if (!topics.has(`c:${message.data.cohortId}`) && !topics.has("c:*")) return false;
      const mine = page.shown[message.data.cohortId];
      return (
        mine === undefined ||
        isBehind({ [message.data.cohortId]: mine }, { [message.data.cohortId]: message.data.version })
      );
    }
    case "review":
      return topics.has(`r:${message.data.cohortId}`) || topics.has("r:*");
    case "intern":
      return topics.has(`i:${message.data.internId}`);
  }
}
