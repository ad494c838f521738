"use client";

// Live updates for the page it is on (docs/decisions/023): joins the browser's one stream
// (public/live-worker.js), and when a change concerns this page (lib/worklog/live-page.ts),
// renders it again in place (router.refresh: React keeps the DOM, the focus and the scroll), one
// refresh at a time. Says "Updated just now" in a status line that takes no room (fixed in a
// corner), and that live updates are paused when the stream cannot open: the page stays as it is.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { concernsPage, type LiveMessage, type LivePage } from "@/lib/worklog/live-page";

type Note = "none" | "updated" | "down";

/**
 * `topics`: "c:<cohort>" (a cohort's grid), "c:*" and "r:*" (any of the viewer's cohorts: the
 * review queue), "i:<intern>" (an intern's own weeks). `versions`: the grid versions this page shows.
 */
export function LiveUpdates({ topics, versions = {} }: { topics: string[]; versions?: Record<string, string> }) {
  const t = useTranslations("live");
  const [note, setNote] = useState<Note>("none");
  const refresh = useRefresh(setNote);
  // The versions of the latest render, read by the handler without joining the stream again.
  const shown = useRef(versions);
  useEffect(() => {
    shown.current = versions;
  }, [versions]);
  const key = topics.join(" ");

  useEffect(() => {
    const page: LivePage = { topics: new Set(key.split(" ")), shown: shown.current, helloSeen: false };
    return joinStream((message) => {
      if (message.type === "state") {
        setNote((n) => (message.state === "down" ? "down" : n === "down" ? "none" : n));
        return;
      }
      page.shown = shown.current;
      if (concernsPage(page, message)) refresh();
      if (message.type === "hello") page.helloSeen = true;
    });
  }, [key, refresh]);

  return (
    <p role="status" aria-live="polite" className="pointer-events-none fixed right-3 bottom-3 z-40 m-0 text-sm">
      {note === "none" ? null : (
        <span
          className={`rounded-full px-3 py-1 shadow ${note === "down" ? "bg-amber-100 text-amber-950" : "bg-slate-900 text-white"}`}
        >
          {note === "down" ? t("down") : t("updated")}
        </span>
      )}
    </p>
  );
}

/** The browser's stream: a SharedWorker, or a worker of this tab's own where there is none. Returns how to leave. */
function joinStream(onMessage: (message: LiveMessage) => void): () => void {
  const worker =
    typeof SharedWorker !== "undefined"
      ? new SharedWorker("/live-worker.js", { name: "worklog-live" })
      : new Worker("/live-worker.js");
  const port = worker instanceof Worker ? worker : worker.port;
  const listener = (event: Event) => onMessage((event as MessageEvent<LiveMessage>).data);
  port.addEventListener("message", listener);
  if (port instanceof MessagePort) port.start();
  const leave = () => port.postMessage("leave");
  window.addEventListener("pagehide", leave);
  return () => {
    leave();
    window.removeEventListener("pagehide", leave);
    port.removeEventListener("message", listener);
    if (worker instanceof Worker) worker.terminate();
  };
}

/** router.refresh, one at a time (a second asked for meanwhile runs after), each followed by "Updated just now". */
function useRefresh(setNote: (update: (note: Note) => Note) => void): () => void {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const state = useRef({ asked: false, running: false });
  useEffect(() => {
    if (pending || !state.current.running) return;
    state.current.running = false;
    setNote(() => "updated");
    const hide = setTimeout(() => setNote((n) => (n === "updated" ? "none" : n)), 10_000);
    if (state.current.asked) {
      state.current.asked = false;
      state.current.running = true;
      startTransition(() => router.refresh());
    }
    return () => clearTimeout(hide);
  }, [pending, router, setNote]);
  return useCallback(() => {
    if (state.current.running) {
      state.current.asked = true;
      return;
    }
    state.current.running = true;
    startTransition(() => router.refresh());
  }, [router]);
}
