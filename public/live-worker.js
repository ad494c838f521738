// Worklog's live updates in the browser (docs/decisions/023): one stream (GET /api/live) for every
// tab of the site, in a SharedWorker (HTTP/1.1 allows six connections a site; a stream a tab would
// use them up), or in a dedicated worker per tab where SharedWorker is missing. It passes every
// event on to every tab (components/live/live-updates.tsx decides what concerns its page), keeps
// the newest grid version it heard of each cohort for tabs that join later, and tells the tabs
// whether the stream is open. The browser's EventSource reconnects by itself (with Last-Event-ID);
// a stream it gave up on, or one the server ended because access changed, is opened again here.
"use strict";

const EVENTS = ["hello", "cohort", "review", "intern", "resync"];
const ports = new Set();
/** The newest grid version heard of each cohort. */
const versions = new Map();
let source = null;
let state = "connecting";
let failures = 0;
let reopen = null;
/** Whether a hello came on some stream already: the next one means a reopened stream. */
let helloSeen = false;

function post(message) {
  for (const port of ports) port.postMessage(message);
}

function setState(next) {
  if (next === state) return;
  state = next;
  post({ type: "state", state });
}

function newer(a, b) {
  return b === undefined || BigInt(a) > BigInt(b);
}

function remember(cohortId, version) {
  if (newer(version, versions.get(cohortId))) versions.set(cohortId, version);
}

function open() {
  reopen = null;
  source = new EventSource("/api/live");
  for (const name of EVENTS) {
    source.addEventListener(name, (event) => {
      failures = 0;
      setState("open");
      const data = JSON.parse(event.data);
      if (name === "hello") for (const [id, version] of Object.entries(data.versions)) remember(id, version);
      if (name === "hello") helloSeen = true;
      if (name === "cohort") remember(data.cohortId, data.version);
      post({ type: name, data });
    });
  }
  // Access changed (a cohort more or less, a role, a session ended) or the server reconnected:
  // open again soon, checked again (spread over a second, not all browsers at once). Pushed out by
  // this person's newer streams elsewhere: wait a minute.
  source.addEventListener("bye", (event) => {
    const { reason } = JSON.parse(event.data);
    if (reason === "access") versions.clear();
    again(reason === "evicted" ? 60000 : 200 + Math.random() * 1000);
  });
  source.onerror = () => {
    failures += 1;
    setState(failures >= 2 ? "down" : "connecting");
    if (source.readyState === EventSource.CLOSED) again(Math.min(30000, 1000 * 2 ** failures));
  };
}

function again(delay) {
  source?.close();
  source = null;
  if (!reopen) reopen = setTimeout(open, delay);
}

function join(port) {
  ports.add(port);
  port.onmessage = (event) => {
    if (event.data === "leave") ports.delete(port);
  };
  port.postMessage({ type: "state", state });
  port.postMessage({ type: "versions", data: Object.fromEntries(versions), helloSeen });
  if (!source && !reopen) open();
}

if (typeof SharedWorkerGlobalScope !== "undefined" && self instanceof SharedWorkerGlobalScope) {
  self.onconnect = (event) => join(event.ports[0]);
} else {
  join(self);
}
