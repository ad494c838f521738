// A worker thread's task (lib/server/import-pool.ts): reading one uploaded page, off the server's
// event loop, so that no upload delays other people's requests.
import { analysePage, type PageOutcome } from "./analyse";
import type { UploadedPage } from "./uploads";

/** A page to read, or `{ warm: true }`: load the parser and answer (the pool's first task). */
export default function analyse(task: UploadedPage | { warm: true }): PageOutcome | null {
  return "warm" in task ? null : analysePage(task);
}
