// The live updates' wire (lib/worklog/live-events.ts) and what concerns a page
// (lib/worklog/live-page.ts): payloads from the database are parsed strictly, and a page refreshes
// for its own changes only, never for a change it already shows.
import { describe, expect, it } from "vitest";
import { parseLiveChange, sseEvent, topicsOf } from "@/lib/worklog/live-events";
import { concernsPage, isBehind, type LivePage } from "@/lib/worklog/live-page";

const A = "0b9a3f7e-6c1d-4e2a-9f3b-1a2b3c4d5e6f";
const B = "1c8b4e6f-7d2e-4f3b-8a4c-2b3c4d5e6f70";

describe("parseLiveChange", () => {
  it("reads the four payloads", () => {
    expect(parseLiveChange(`c ${A} 42`)).toEqual({ kind: "cohort", cohortId: A, version: "42" });
    expect(parseLiveChange(`r ${A}`)).toEqual({ kind: "review", cohortId: A });
    expect(parseLiveChange(`i ${A}`)).toEqual({ kind: "intern", internId: A });
    expect(parseLiveChange(`m ${A}`)).toEqual({ kind: "access", personId: A });
  });

  it("refuses anything else", () => {
    for (const payload of [
      "",
      "c",
      `c ${A}`,
      `c ${A} -1`,
      `c ${A} 1 2`,
      `r ${A} 1`,
      `x ${A}`,
      "i not-a-uuid",
      `i ${A.toUpperCase()}`,
      `i ${A}${" ".repeat(200)}`,
    ])
      expect(parseLiveChange(payload)).toBeNull();
  });

  it("names the topics a change reaches, and writes a Server-Sent Event", () => {
    expect(topicsOf({ kind: "cohort", cohortId: A, version: "1" })).toEqual([`c:${A}`, "c:*"]);
    expect(topicsOf({ kind: "intern", internId: A })).toEqual([`i:${A}`]);
    expect(sseEvent("cohort", { a: 1 }, "x-1")).toBe('id: x-1\nevent: cohort\ndata: {"a":1}\n\n');
    // A payload cannot break the frame: JSON has no raw newline.
    expect(sseEvent("hello", { text: "a\n\nevent: bye" })).toBe('event: hello\ndata: {"text":"a\\n\\nevent: bye"}\n\n');
  });
});

describe("concernsPage", () => {
  const grid = (shown: string, helloSeen = false): LivePage => ({
    topics: new Set([`c:${A}`]),
    shown: { [A]: shown },
    helloSeen,
  });
  const queue: LivePage = { topics: new Set(["c:*", "r:*"]), shown: {}, helloSeen: false };
  const dashboard = (helloSeen: boolean): LivePage => ({ topics: new Set([`i:${A}`]), shown: {}, helloSeen });

  it("a grid refreshes for a newer version of its cohort only", () => {
    expect(concernsPage(grid("5"), { type: "cohort", data: { cohortId: A, version: "6" } })).toBe(true);
    expect(concernsPage(grid("5"), { type: "cohort", data: { cohortId: A, version: "5" } })).toBe(false);
    expect(concernsPage(grid("12"), { type: "cohort", data: { cohortId: A, version: "9" } })).toBe(false);
    expect(concernsPage(grid("5"), { type: "cohort", data: { cohortId: B, version: "99" } })).toBe(false);
    expect(concernsPage(grid("5"), { type: "review", data: { cohortId: A } })).toBe(false);
  });

  it("a reopened stream catches a grid up by version, other pages by one refresh", () => {
    const hello = (versions: Record<string, string>) => ({ type: "hello" as const, data: { versions, resumed: true } });
    expect(concernsPage(grid("5"), hello({ [A]: "5" }))).toBe(false);
    expect(concernsPage(grid("5", true), hello({ [A]: "7" }))).toBe(true);
    // Removed from the cohort: its version is no longer sent, nothing to catch up.
    expect(concernsPage(grid("5", true), hello({}))).toBe(false);
    expect(concernsPage(dashboard(false), hello({}))).toBe(false);
    expect(concernsPage(dashboard(true), hello({}))).toBe(true);
    expect(concernsPage(grid("5"), { type: "versions", data: { [A]: "6" }, helloSeen: false })).toBe(true);
  });

  it("the queue hears every cohort of the viewer; a dashboard its intern", () => {
    expect(concernsPage(queue, { type: "cohort", data: { cohortId: B, version: "1" } })).toBe(true);
    expect(concernsPage(queue, { type: "review", data: { cohortId: A } })).toBe(true);
    expect(concernsPage(queue, { type: "intern", data: { internId: A } })).toBe(false);
    expect(concernsPage(dashboard(false), { type: "intern", data: { internId: A } })).toBe(true);
    expect(concernsPage(dashboard(false), { type: "intern", data: { internId: B } })).toBe(false);
    expect(concernsPage(dashboard(false), { type: "resync", data: {} })).toBe(true);
    expect(concernsPage(dashboard(false), { type: "state", state: "down" })).toBe(false);
  });

  it("isBehind ignores what is not a version", () => {
    expect(isBehind({ [A]: "5" }, { [A]: "not a number" })).toBe(false);
    expect(isBehind({ [A]: "5" }, { [A]: "18446744073709551615" })).toBe(true);
  });
});
