// A worker thread's task (lib/server/import-pool.ts): reading one uploaded page, off the server's
// event loop, so that no upload delays other people's requests.
import { analysePage, type PageOutcome } from "./analyse";
import type { UploadedPage } from "./uploads";

export default function analyse(page: UploadedPage): PageOutcome {
  return analysePage(page);
}
