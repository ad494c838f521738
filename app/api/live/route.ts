import { liveAccessOf } from "@/lib/server/data/live-access";
import { getViewer } from "@/lib/server/data/session";
import { liveHub, type LiveStream } from "@/lib/server/live/hub";
import { liveListener } from "@/lib/server/live/listener";
import { sseEvent } from "@/lib/worklog/live-events";

export const dynamic = "force-dynamic";

/** A comment line now and then, so that proxies and the browser keep an idle stream open. */
const KEEPALIVE_MS = 25_000;

/**
 * The live updates' stream (docs/decisions/023), one per browser (public/live-worker.js shares it
 * between tabs): Server-Sent Events of the changes this viewer may see, checked once here and kept
 * by the hub. First a hello with the viewer's cohorts' grid versions (a page older than those
 * reloads: that is how a reconnect catches up), then cohort, review and intern events; bye when
 * their access changed. Never compressed or buffered (no-transform).
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer?.role) return new Response("Sign in to get live updates.", { status: 401 });
  const listener = liveListener();
  const [access] = await Promise.all([liveAccessOf(viewer), listener.ready]);
  const hub = liveHub();
  const encoder = new TextEncoder();
  let stream: LiveStream | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(keepalive);
        hub.remove(stream!);
        try {
          controller.close();
        } catch {
          // already closed by the browser
        }
      };
      const send = (chunk: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          close();
        }
      };
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      stream = { personId: viewer.id, cohortIds: new Set(access.cohortIds), internId: access.internId, send, close };
      send("retry: 3000\n\n");
      send(
        sseEvent("hello", { versions: access.versions, resumed: request.headers.has("last-event-id") }, hub.nextId()),
      );
      hub.add(stream);
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      stream?.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
