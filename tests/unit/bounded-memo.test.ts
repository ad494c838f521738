import { describe, expect, it } from "vitest";
import { boundedMemo } from "@/lib/bounded-memo";

describe("boundedMemo", () => {
  it("answers a key it has seen without computing again, holds at most max answers, and keeps nothing for a null key", () => {
    const calls: string[] = [];
    const shout = boundedMemo(
      2,
      (text: string) => (text.length > 3 ? null : text),
      (text: string) => {
        calls.push(text);
        return text.toUpperCase();
      },
    );
    expect([shout("a"), shout("a"), shout("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toEqual(["a", "b"]);
    shout("c"); // full: the kept answers are let go
    shout("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
    shout("long");
    shout("long");
    expect(calls.filter((c) => c === "long")).toHaveLength(2);
  });
});
