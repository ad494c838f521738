import { liveAccessOf, type LiveAccess } from "@/lib/server/data/live-access";
import { getViewer } from "@/lib/server/data/session";
import type { Viewer } from "@/lib/server/data/viewer";
import { databaseEnv, env } from "@/lib/server/env";
import { liveHub, type LiveHub, type LiveStream } from "@/lib/server/live/hub";
import { liveListener } from "@/lib/server/live/listener";
import { sseEvent } from "@/lib/worklog/live-events";

export const dynamic = "force-dynamic";

/** A comment line now and then, so that proxies and the browser keep an idle stream open. */
const KEEPALIVE_MS = 25_000;
/** Events a browser may leave unread before its stream is ended (it catches up when it opens another). */
const UNREAD_LIMIT = 256;
const busy = (reason: string) =>
  new Response(`Live updates are not available now (${reason}); the page still works.`, {
    status: 503,
    headers: { "Retry-After": "10" },
  });

/**
 * The live updates' stream (docs/decisions/023), one per browser (public/live-worker.js shares it
 * between tabs): Server-Sent Events of the changes this viewer may see, checked once here and kept
 * by the hub. First a hello with the viewer's cohorts' grid versions (a page older than those
 * reloads: that is how a reconnect catches up), then cohort, review and intern events; bye when
 * their access changed. It ends when the session is due its next check with the identity provider
 * (or after WORKLOG_LIVE_STREAM_SECONDS), so that the browser's next one is checked again. Never
 * compressed or buffered (no-transform).
 */
export async function GET(request: Request) {
  const hub = liveHub();
  const mark = hub.accessMark();
  const viewer = await getViewer();
  if (!viewer?.role) return new Response("Sign in to get live updates.", { status: 401 });
  if (hub.full()) return busy("too many streams");
  const listener = liveListener();
  const [access, ready] = await Promise.all([
    liveAccessOf(viewer),
    Promise.race([listener.ready.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 5000))]),
  ]);
  if (!ready || !listener.connected) return busy("no connection to the database's notifications");
  // An access change went by while it was read: read it again (a change then waits for the stream).
  const current = hub.accessChangedSince(viewer.id, mark) ? await liveAccessOf(viewer) : access;
  if (request.signal.aborted) return new Response(null, { status: 499 });
  return new Response(openStream(request, hub, viewer, current), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

function openStream(request: Request, hub: LiveHub, viewer: Viewer, access: LiveAccess): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const lifetime = Math.min(databaseEnv().WORKLOG_LIVE_STREAM_SECONDS, env().WORKLOG_SESSION_CHECK_SECONDS);
  let stream: LiveStream | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          clearInterval(keepalive);
          clearTimeout(end);
          if (stream) hub.remove(stream);
          try {
            controller.close();
          } catch {
            // already closed by the browser
          }
        };
        const send = (chunk: string) => {
          if (!open) return;
          // A browser that does not read: ended rather than kept in memory.
          if ((controller.desiredSize ?? 0) < -UNREAD_LIMIT) return close();
          try {
            controller.enqueue(encoder.encode(chunk));
          } catch {
            close();
          }
        };
        const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
        const end = setTimeout(close, lifetime * 1000);
        const cohortIds = access.cohortIds === "all" ? "all" : new Set(access.cohortIds);
        stream = { personId: viewer.id, cohortIds, internId: access.internId, send, close };
        send("retry: 3000\n\n");
        const resumed = request.headers.has("last-event-id");
        send(sseEvent("hello", { versions: access.versions, resumed }, hub.nextId()));
        if (request.signal.aborted) return close();
        hub.add(stream);
        request.signal.addEventListener("abort", close);
      },
      cancel() {
        stream?.close();
      },
    },
    new CountQueuingStrategy({ highWaterMark: 16 }),
  );
}
