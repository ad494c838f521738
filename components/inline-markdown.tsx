import type { PhrasingContent, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse);

/**
 * Renders a task's or an objective's inline Markdown (bold, emphasis, code, links) as React
 * elements. Never as HTML: raw HTML in the text shows as text, and only http(s) links are links.
 */
export function InlineMarkdown({ text }: { text: string }) {
  const root = parser.parse(text);
  return <>{root.children.map((node, i) => renderBlock(node, i))}</>;
}

function renderBlock(node: RootContent, key: number): React.ReactNode {
  if ("children" in node && node.type === "paragraph") return <span key={key}>{node.children.map(renderInline)}</span>;
  if (node.type === "html") return <span key={key}>{node.value}</span>;
  if ("children" in node) return <span key={key}>{(node.children as RootContent[]).map((c, i) => renderBlock(c, i))}</span>;
  return "value" in node ? <span key={key}>{String(node.value)}</span> : null;
}

function renderInline(node: PhrasingContent, key: number): React.ReactNode {
  switch (node.type) {
    case "text":
      return node.value;
    case "strong":
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case "emphasis":
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case "inlineCode":
      return (
        <code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">
          {node.value}
        </code>
      );
    case "link":
      return /^https?:\/\//i.test(node.url) ? (
        <a key={key} href={node.url} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
          {node.children.map(renderInline)}
        </a>
      ) : (
        <span key={key}>{node.children.map(renderInline)}</span>
      );
    case "break":
      return <br key={key} />;
    case "html":
      return node.value;
    default:
      return "children" in node ? <span key={key}>{(node.children as PhrasingContent[]).map(renderInline)}</span> : "value" in node ? String(node.value) : null;
  }
}
