// The hand-off of kept markup to a first load's HTML rendering (components/ui/html-handoff.ts), on
// the server's side: each markup is taken once, one never taken is let go, and no more than a bounded
// number wait at once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { handedOff, handOff } from "@/components/ui/html-handoff";

afterEach(() => vi.useRealTimers());

describe("the hand-off", () => {
  it("gives the markup to the one rendering that asks for its id, then to no one", () => {
    const id = handOff("<table></table>")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(handedOff("another id", () => "unused")).toBeUndefined();
    expect(handedOff(id, () => "unused")).toBe("<table></table>");
    expect(handedOff(id, () => "unused")).toBeUndefined();
  });

  it("lets go of markup no rendering took within 30 seconds", () => {
    vi.useFakeTimers();
    const id = handOff("<p>dropped</p>")!;
    vi.advanceTimersByTime(30_001);
    expect(handedOff(id, () => undefined)).toBeUndefined();
  });

  it("keeps at most 256 waiting: beyond that the caller sends the markup itself", () => {
    vi.useFakeTimers();
    const ids = Array.from({ length: 256 }, (_, i) => handOff(`<p>${i}</p>`));
    expect(ids.every((id) => id !== null)).toBe(true);
    expect(handOff("<p>one more</p>")).toBeNull();
    expect(handedOff(ids[0]!, () => undefined)).toBe("<p>0</p>");
    expect(handOff("<p>room again</p>")).not.toBeNull();
    vi.advanceTimersByTime(30_001);
  });
});
