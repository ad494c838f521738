// The web server's command line (scripts/lib/web-server.ts), as npm start and the bench run it: its
// V8 heap is sized by WORKLOG_SERVER_HEAP_MB (1536 MB unless set), and a bad value is one clear line.
import { describe, expect, it } from "vitest";
import { webServerArgs } from "../../../scripts/lib/web-server";

describe("webServerArgs", () => {
  it("sizes the heap at 1536 MB by default, or as WORKLOG_SERVER_HEAP_MB says", () => {
    expect(webServerArgs({})[0]).toBe("--max-old-space-size=1536");
    expect(webServerArgs({ WORKLOG_SERVER_HEAP_MB: "" })[0]).toBe("--max-old-space-size=1536");
    expect(webServerArgs({ WORKLOG_SERVER_HEAP_MB: "2048" })[0]).toBe("--max-old-space-size=2048");
    const args = webServerArgs({}, { dev: true });
    expect(args.slice(1, 3)).toEqual(["--import", "tsx"]);
    expect(args.at(-2)).toMatch(/scripts\/server\.ts$/);
    expect(args.at(-1)).toBe("--dev");
  });

  it("refuses a value that is not a whole number of megabytes from 256 to 16384", () => {
    expect(() => webServerArgs({ WORKLOG_SERVER_HEAP_MB: "lots" })).toThrow(
      "WORKLOG_SERVER_HEAP_MB must be a number of megabytes",
    );
    expect(() => webServerArgs({ WORKLOG_SERVER_HEAP_MB: "1.5" })).toThrow("a whole number");
    expect(() => webServerArgs({ WORKLOG_SERVER_HEAP_MB: "100" })).toThrow("at least 256");
    expect(() => webServerArgs({ WORKLOG_SERVER_HEAP_MB: "99999" })).toThrow("at most 16384");
  });
});
