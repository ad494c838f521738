// The one Markdown parser (remark with GFM) and its last tree: an imported page is checked for
// safety (safety.ts) and then read (parse.ts), and both need the same body's tree; parsing is the
// costly step, so the second asks for the tree the first built. Trees are read, never changed.
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

let last: { markdown: string; tree: Root } | null = null;

/** The syntax tree of this Markdown (the last one asked for is kept). */
export function markdownTree(markdown: string): Root {
  if (last?.markdown !== markdown) last = { markdown, tree: parser.parse(markdown) };
  return last.tree;
}
