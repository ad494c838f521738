import { describe, expect, it } from "vitest";
import { safeLocalPath } from "@/lib/safe-redirect";

describe("safeLocalPath keeps sign-in redirects on this site", () => {
  const origin = "http://localhost:3000";
  it.each([
    ["/weeks/1?tab=review#day-2", "/weeks/1?tab=review#day-2"],
    ["http://localhost:3000/modules?from=x", "/modules?from=x"],
    ["https://evil.example/steal", "/"],
    ["//evil.example/steal", "/"],
    ["/\\evil.example", "/"],
    ["http://localhost:3000.evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeLocalPath(input, origin)).toBe(expected);
  });
});
