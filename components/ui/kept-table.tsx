import "server-only";
import type { ComponentProps } from "react";
import { viewCache, type Lineage } from "@/lib/server/cache/view-cache";
import { rendersDocument } from "@/lib/server/render-kind";
import { handOff } from "./html-handoff";
import { HtmlIsland } from "./html-island";
import { SCROLL_FRAME_CLASS } from "./scroll-table";

type IslandAttributes = Omit<ComponentProps<typeof HtmlIsland>, "html" | "handoff">;

/**
 * Markup rendered as HTML text on the server (docs/decisions/024), shown in an HtmlIsland with
 * `attributes`. A first load hands the markup to the HTML rendering alone; a navigation or refresh
 * sends it as a prop.
 */
export async function TextMarkup({ markup, ...attributes }: IslandAttributes & { markup: string }) {
  const handoff = (await rendersDocument()) ? handOff(markup) : null;
  return <HtmlIsland {...attributes} {...(handoff ? { handoff } : { html: markup })} />;
}

/** TextMarkup kept in the view cache under `cacheKey` (rendered by `render` when it is not kept). */
export async function KeptMarkup({
  cacheKey,
  lineage,
  render,
  ...attributes
}: IslandAttributes & {
  /** Everything the markup depends on. */
  cacheKey: string;
  /** What it is a version of (the view cache drops it once it keeps a newer one). */
  lineage: Lineage;
  render: () => Promise<string>;
}) {
  return <TextMarkup {...attributes} markup={await viewCache().get(cacheKey, render, lineage)} />;
}

/** A wide kept table, in the frame a ScrollTable has, named by the table's caption (`captionId`). */
export function KeptTable({
  captionId,
  ...kept
}: Pick<ComponentProps<typeof KeptMarkup>, "cacheKey" | "lineage" | "render"> & {
  /** The id of the table's <caption>. */
  captionId: string;
}) {
  return <KeptMarkup {...kept} role="region" aria-labelledby={captionId} tabIndex={0} className={SCROLL_FRAME_CLASS} />;
}
