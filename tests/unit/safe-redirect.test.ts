import { describe, expect, it } from "vitest";
import { safeLocalPath } from "@/lib/safe-redirect";

describe("safeLocalPath keeps sign-in redirects on this site", () => {
  const origin = "http://localhost:3000";
  it.each([
    ["/weeks/1?tab=review#day-2", "/weeks/1?tab=review#day-2"],
    ["http://localhost:3000/modules?from=x", "/modules?from=x"],
    ["/weeks/%E1%BA%A1", "/weeks/%E1%BA%A1"],
    ["/a/../modules", "/modules"],
    ["https://evil.example/steal", "/"],
    ["//evil.example/steal", "/"],
    ["/\\evil.example", "/"],
    ["\\\\evil.example", "/"],
    ["/.//evil.example/x", "/"],
    ["/..//evil.example/x", "/"],
    ["/%2e//evil.example/x", "/"],
    ["/%2E%2E//evil.example/x", "/"],
    ["%2F%2Fevil.example", "/"],
    ["/%2F/evil.example", "/"],
    ["/%5Cevil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    [" //evil.example", "/"],
    ["\u0000//evil.example", "/"],
    ["http://localhost:3000//evil.example", "/"],
    ["http://localhost:3000.evil.example/", "/"],
    ["http://localhost:3000@evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/%zz", "/"],
    [undefined, "/"],
  ])("%j → %s", (input, expected) => {
    expect(safeLocalPath(input, origin)).toBe(expected);
  });
});
