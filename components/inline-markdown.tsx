import type { RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { inlineRenderer } from "./markdown/inline";

const parser = unified().use(remarkParse);
const renderInline = inlineRenderer({ htmlBreaks: false });

/** A task's or an objective's inline Markdown (bold, emphasis, code, links), as React elements. */
export function InlineMarkdown({ text }: { text: string }) {
  const root = parser.parse(text);
  return <>{root.children.map((node, i) => renderBlock(node, i))}</>;
}

function renderBlock(node: RootContent, key: number): React.ReactNode {
  if (node.type === "paragraph") return <span key={key}>{node.children.map(renderInline)}</span>;
  if ("children" in node) return <span key={key}>{(node.children as RootContent[]).map((c, i) => renderBlock(c, i))}</span>;
  return "value" in node ? <span key={key}>{String(node.value)}</span> : null;
}
