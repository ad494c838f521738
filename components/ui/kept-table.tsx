import "server-only";
import { viewCache } from "@/lib/server/cache/view-cache";
import { rendersDocument } from "@/lib/server/render-kind";
import { handOff } from "./html-handoff";
import { HtmlIsland } from "./html-island";
import { SCROLL_FRAME_CLASS } from "./scroll-table";

/**
 * A wide table kept as HTML text in the view cache under `cacheKey` (rendered by `render` when it is
 * not kept: docs/decisions/024), in the frame a ScrollTable has, named by the table's caption. A first
 * load hands the markup to the HTML rendering alone; a navigation or refresh sends it as a prop.
 */
export async function KeptTable({
  cacheKey,
  captionId,
  render,
}: {
  /** Everything the markup depends on. */
  cacheKey: string;
  /** The id of the table's <caption>. */
  captionId: string;
  render: () => Promise<string>;
}) {
  const markup = await viewCache().get(cacheKey, render);
  const handoff = (await rendersDocument()) ? handOff(markup) : null;
  return (
    <HtmlIsland
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={SCROLL_FRAME_CLASS}
      {...(handoff ? { handoff } : { html: markup })}
    />
  );
}
