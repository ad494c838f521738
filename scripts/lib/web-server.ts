// The web server's command line: scripts/server.ts under this Node, as `npm start` and `npm run bench`
// run it. Its V8 heap is sized here, not left to the machine: on a host with much memory V8 lets the
// heap grow to four times what is live before it collects (two times under a limit below 2 GB), so
// the same load would take 1.3–1.5 GB on the 24 GB development machine and settle only after a few
// minutes (docs/PERFORMANCE.md, the soak). WORKLOG_SERVER_HEAP_MB sets the old generation's limit.
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "./paths.ts";

const heapMb = z.coerce
  .number({ error: "WORKLOG_SERVER_HEAP_MB must be a number of megabytes" })
  .int("WORKLOG_SERVER_HEAP_MB must be a whole number of megabytes")
  .min(256, "WORKLOG_SERVER_HEAP_MB must be at least 256")
  .max(16384, "WORKLOG_SERVER_HEAP_MB must be at most 16384")
  .default(1536);

/** Node's arguments for the web server (`dev`: Next.js's development server); throws a one-line message on a bad setting. */
export function webServerArgs(env: Record<string, string | undefined>, options: { dev?: boolean } = {}): string[] {
  const parsed = heapMb.safeParse(env.WORKLOG_SERVER_HEAP_MB || undefined);
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
  return [
    `--max-old-space-size=${parsed.data}`,
    "--import",
    "tsx",
    path.join(repoRoot, "scripts", "server.ts"),
    ...(options.dev ? ["--dev"] : []),
  ];
}
