import "server-only";
// Imported pages are parsed in worker threads (piscina), one task per page with a time budget: the
// Markdown parser's cost grows with a page's size and shape, and on the event loop one upload would
// delay every other request (docs/SECURITY.md). The workers run the TypeScript sources through tsx,
// as the scripts do. Pages over the budget are refused with a message; the worker is replaced.
import path from "node:path";
import Piscina from "piscina";
import { say } from "@/lib/i18n/said";
import type { PageOutcome } from "@/lib/worklog/import/analyse";
import type { UploadedPage } from "@/lib/worklog/import/uploads";
import { log } from "./logger";

/**
 * How long one page may take to read, from when its reading starts; real pages take a few
 * milliseconds unloaded, but a busy 2-core machine stretched the 12 KB FCJ page past 0.8 s in CI.
 */
export const PAGE_BUDGET_MS = 2_000;

const WORKER = path.join(process.cwd(), "lib", "worklog", "import", "worker.ts");

const globalForPool = globalThis as unknown as {
  worklogImportPool?: Piscina;
  worklogImportPoolReady?: Promise<unknown>;
};

/**
 * The pool, its first worker started and the parser loaded (a second or two, once per process), so
 * that a page's budget measures reading the page, not starting a thread.
 */
async function warmPool(): Promise<Piscina> {
  const started = pool();
  globalForPool.worklogImportPoolReady ??= started.run({ warm: true }).catch((error: unknown) => {
    globalForPool.worklogImportPoolReady = undefined;
    throw error;
  });
  await globalForPool.worklogImportPoolReady;
  return started;
}

function pool(): Piscina {
  globalForPool.worklogImportPool ??= new Piscina({
    filename: /*turbopackIgnore: true*/ WORKER,
    execArgv: ["--import", "tsx"],
    // One thread: imports are rare, and the rest of the machine stays the server's.
    maxThreads: 1,
    minThreads: 1,
    idleTimeout: 60_000,
  });
  return globalForPool.worklogImportPool;
}

const TOO_SLOW = say("importProblems.page.tooSlow", { seconds: PAGE_BUDGET_MS / 1000 });

// One page at a time through the one thread, so that a page's budget starts when its reading does:
// pages waiting behind someone's slow upload are not charged for the wait.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const turn = queue.then(job, job);
  queue = turn.catch(() => undefined);
  return turn;
}

/** One page read in a worker, or refused when it runs over its budget. */
export async function analyseInWorker(page: UploadedPage, budgetMs = PAGE_BUDGET_MS): Promise<PageOutcome> {
  try {
    const workers = await warmPool();
    const outcome = (await inTurn(async () => {
      // A worker replaced after a page over its budget starts first, outside the next page's budget.
      await workers.run({ warm: true });
      return workers.run(page, { signal: AbortSignal.timeout(budgetMs) });
    })) as PageOutcome;
    if ("unexpected" in outcome && outcome.unexpected) {
      log.error({ event: "import.parser-failed", err: { name: outcome.unexpected } }, "worklog parser failed");
    }
    return outcome;
  } catch (error) {
    if ((error as Error | null)?.name !== "AbortError" && (error as Error | null)?.name !== "TimeoutError") throw error;
    log.warn({ event: "import.page-over-budget", budgetMs }, "import page over its time budget");
    return { status: "error", message: TOO_SLOW };
  }
}

/** Stops the workers (the command line, when it is done). */
export async function closeImportPool(): Promise<void> {
  await globalForPool.worklogImportPool?.destroy();
  globalForPool.worklogImportPool = undefined;
  globalForPool.worklogImportPoolReady = undefined;
}
