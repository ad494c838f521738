import type { Node } from "mdast";

/** The Markdown an AST node was parsed from, exactly as written. */
export function sliceOf(node: Node, source: string): string {
  return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The source of a node's children, without the node's own syntax (`### `, cell pipes...). */
export function innerSliceOf(node: Node & { children?: Node[] }, source: string): string {
  const children = node.children ?? [];
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return "";
  return source.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0);
}
