// How a page's kept markup (components/ui/html-island.tsx) reaches the HTML of a first load without
// also travelling in its RSC payload, where Next.js would send it a second time, every "<" written as
// "\u003c" (docs/decisions/024). On the server, the server component leaves the markup here under a
// fresh id and passes the id alone; the island's HTML rendering, in the same process, takes it out.
// In the browser, the island takes the markup from the page the server sent, and keeps it here under
// the same id for a later rendering of the same payload (Back to the page, from the router's cache).
const STORE = Symbol.for("worklog.html-handoff");

type Store = Map<string, string>;

function store(): Store {
  const global = globalThis as { [STORE]?: Store };
  return (global[STORE] ??= new Map());
}

/** How long markup waits on the server for a rendering that never comes (a request dropped meanwhile). */
const UNCLAIMED_MS = 30_000;

/** At most this many wait at once: beyond it (requests dropped before their rendering), markup is sent as a prop. */
const MAX_WAITING = 256;

/**
 * Server: leaves the markup for this request's HTML rendering; returns the id to pass instead, or
 * null when too many wait already (then pass the markup itself).
 */
export function handOff(html: string): string | null {
  if (store().size >= MAX_WAITING) return null;
  const id = crypto.randomUUID();
  store().set(id, html);
  setTimeout(() => store().delete(id), UNCLAIMED_MS).unref();
  return id;
}

/**
 * The markup handed off under `id`: on the server, taken out (each is rendered once); in the
 * browser, what `shown()` finds in the page the first time (the server's rendering), kept.
 */
export function handedOff(id: string, shown: () => string | undefined): string | undefined {
  const markup = store().get(id);
  if (typeof window === "undefined") {
    store().delete(id);
    return markup;
  }
  if (markup !== undefined) return markup;
  const found = shown();
  if (found) store().set(id, found);
  return found;
}
