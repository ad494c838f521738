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
  const [connection, setConnection] = useState("connecting");
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
        setConnection(message.state);
        setNote((n) => (message.state === "down" ? "down" : n === "down" ? "none" : n));
        return;
      }
      page.shown = shown.current;
      if (concernsPage(page, message)) refresh();
      // Joined a stream that had its hello already, or had one: the next hello is a reopened stream.
      if (message.type === "hello" || (message.type === "versions" && message.helloSeen)) page.helloSeen = true;
    });
  }, [key, refresh]);

  return (
    <p
      role="status"
      aria-live="polite"
      data-live={connection}
      className="pointer-events-none fixed right-3 bottom-3 z-40 m-0 text-sm"
    >
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

/** The least time between two refreshes of a page: a busy cohort renders a viewer's page once in it. */
const REFRESH_GAP_MS = 2000;

/**
 * router.refresh, one at a time and at most one per REFRESH_GAP_MS (one asked for meanwhile runs
 * after), each followed by "Updated just now".
 */
function useRefresh(setNote: (update: (note: Note) => Note) => void): () => void {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const state = useRef({ asked: false, running: false, started: 0, timer: undefined as number | undefined });
  const start = useCallback(() => {
    const s = state.current;
    s.asked = false;
    s.running = true;
    s.started = Date.now();
    startTransition(() => router.refresh());
  }, [router]);
  const ask = useCallback(() => {
    const s = state.current;
    if (s.running || s.timer !== undefined) {
      s.asked = true;
      return;
    }
    const wait = s.started + REFRESH_GAP_MS - Date.now();
    if (wait <= 0) return start();
    s.timer = window.setTimeout(() => {
      s.timer = undefined;
      start();
    }, wait);
  }, [start]);
  useEffect(() => {
    const s = state.current;
    if (pending || !s.running) return;
    s.running = false;
    setNote(() => "updated");
    const hide = setTimeout(() => setNote((n) => (n === "updated" ? "none" : n)), 10_000);
    if (s.asked) ask();
    return () => clearTimeout(hide);
  }, [pending, ask, setNote]);
  useEffect(() => () => window.clearTimeout(state.current.timer), []);
  return ask;
}
