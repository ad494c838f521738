import type { PhrasingContent } from "mdast";

const BREAK = /^<br\s*\/?>$/i;

/**
 * Renders inline Markdown nodes as React elements, never as HTML: raw HTML shows as text (a
 * `<br>` may become a line break), only web and mail links are links, images show their
 * description without loading ("[image: …]", in words the caller chooses). Shared by task text
 * (InlineMarkdown) and the page preview.
 */
export function inlineRenderer(options: {
  htmlBreaks: boolean;
  describeImage: (description: string) => React.ReactNode;
}) {
  const render = (node: PhrasingContent, key: number): React.ReactNode => {
    switch (node.type) {
      case "text":
        return node.value;
      case "strong":
        return <strong key={key}>{node.children.map(render)}</strong>;
      case "emphasis":
        return <em key={key}>{node.children.map(render)}</em>;
      case "delete":
        return <del key={key}>{node.children.map(render)}</del>;
      case "inlineCode":
        return (
          <code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">
            {node.value}
          </code>
        );
      case "break":
        return <br key={key} />;
      case "html":
        return options.htmlBreaks && BREAK.test(node.value.trim()) ? <br key={key} /> : node.value;
      case "link":
        return /^(https?:|mailto:)/i.test(node.url) ? (
          <a key={key} href={node.url} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
            {node.children.map(render)}
          </a>
        ) : (
          <span key={key}>{node.children.map(render)}</span>
        );
      case "image":
        return (
          <span key={key} className="text-slate-500">
            {options.describeImage(node.alt || node.url)}
          </span>
        );
      default:
        return "children" in node ? (
          <span key={key}>{(node.children as PhrasingContent[]).map(render)}</span>
        ) : "value" in node ? (
          String(node.value)
        ) : null;
    }
  };
  return render;
}
