import type { RootContent, Table } from "mdast";
import { getTranslations } from "next-intl/server";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { readFrontMatter, splitFrontMatter } from "@/lib/worklog/markdown/front-matter";
import type { WorklogLang } from "@/lib/worklog/week";
import { inlineRenderer } from "./inline";

type RenderInline = ReturnType<typeof inlineRenderer>;

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * A worklog page as Hugo would show it, built as React elements from the Markdown tree, never as
 * HTML: a `<br>` (how pages split a day's tasks) becomes a line break, any other HTML shows as
 * text, only web and mail links are links, and images show their description without loading.
 * Its own few words (a task's box, an image) are in the page's language, as the page is.
 */
export async function MarkdownPreview({ markdown, lang }: { markdown: string; lang: WorklogLang }) {
  const [t, tInline] = await Promise.all([
    getTranslations({ locale: lang, namespace: "markdown.preview" }),
    getTranslations({ locale: lang, namespace: "inlineMarkdown" }),
  ]);
  const renderBlock = blockRenderer({
    // In a page, a `<br>` is how a day's tasks are split: show it as a line break.
    renderInline: inlineRenderer({
      htmlBreaks: true,
      describeImage: (description) => tInline("image", { description }),
    }),
    done: t("done"),
    notDone: t("notDone"),
  });
  let title: string | undefined;
  let body = markdown;
  try {
    const split = splitFrontMatter(markdown);
    body = split.body;
    title = split.yaml === undefined ? undefined : readFrontMatter(split.yaml).values.title;
  } catch {
    // Front matter that does not parse is shown as written, in the Markdown itself.
  }
  const root = parser.parse(body);
  return (
    <div className="space-y-3 break-words text-slate-800">
      {title ? <p className="text-xl font-semibold tracking-tight">{title}</p> : null}
      {root.children.map(renderBlock)}
    </div>
  );
}

const HEADING = ["text-xl", "text-lg", "text-base", "text-base", "text-sm", "text-sm"];

/** Renders a block of the page, with the renderer of its inline text and the words for a task's box. */
function blockRenderer(preview: { renderInline: RenderInline; done: string; notDone: string }) {
  const { renderInline } = preview;
  const renderBlock = (node: RootContent, key: number): React.ReactNode => {
    switch (node.type) {
      case "heading": {
        const Tag = `h${Math.min(Math.max(node.depth, 2), 6)}` as "h2";
        return (
          <Tag key={key} className={`${HEADING[node.depth - 1] ?? "text-base"} pt-2 font-semibold`}>
            {node.children.map(renderInline)}
          </Tag>
        );
      }
      case "paragraph":
        return <p key={key}>{node.children.map(renderInline)}</p>;
      case "list": {
        const items = node.children.map((item, i) => (
          <li key={i}>
            {item.checked === true || item.checked === false ? (
              <span aria-label={item.checked ? preview.done : preview.notDone} className="mr-1">
                {item.checked ? "☑" : "☐"}
              </span>
            ) : null}
            {item.children.map((child, j) =>
              child.type === "paragraph" ? (
                <span key={j}>{child.children.map(renderInline)}</span>
              ) : (
                renderBlock(child, j)
              ),
            )}
          </li>
        ));
        return node.ordered ? (
          <ol key={key} start={node.start ?? undefined} className="list-decimal space-y-1 pl-6">
            {items}
          </ol>
        ) : (
          <ul key={key} className="list-disc space-y-1 pl-6">
            {items}
          </ul>
        );
      }
      case "table":
        return <PreviewTable key={key} table={node} renderInline={renderInline} />;
      case "thematicBreak":
        return <hr key={key} className="border-slate-200" />;
      case "blockquote":
        return (
          <blockquote key={key} className="border-l-4 border-slate-200 pl-3 text-slate-600">
            {node.children.map(renderBlock)}
          </blockquote>
        );
      case "code":
        return (
          <pre key={key} className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
            <code>{node.value}</code>
          </pre>
        );
      case "html":
        return (
          <p key={key} className="font-mono text-sm text-slate-600">
            {node.value}
          </p>
        );
      case "definition":
        return null;
      default:
        return "children" in node ? (
          <div key={key}>{(node.children as RootContent[]).map(renderBlock)}</div>
        ) : "value" in node ? (
          <p key={key}>{String(node.value)}</p>
        ) : null;
    }
  };
  return renderBlock;
}

function PreviewTable({ table, renderInline }: { table: Table; renderInline: RenderInline }) {
  const [head, ...rows] = table.children;
  const align = (i: number) =>
    ({ left: "text-left", right: "text-right", center: "text-center" })[table.align?.[i] ?? "left"] ?? "text-left";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        {head ? (
          <thead>
            <tr>
              {head.children.map((cell, i) => (
                <th
                  key={i}
                  scope="col"
                  className={`border border-slate-200 bg-slate-50 px-2 py-1.5 font-semibold ${align(i)}`}
                >
                  {cell.children.map(renderInline)}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.children.map((cell, i) => (
                <td key={i} className={`border border-slate-200 px-2 py-1.5 align-top ${align(i)}`}>
                  {cell.children.map(renderInline)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
