import type { RootContent } from "mdast";
import { useTranslations } from "next-intl";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { boundedMemo } from "@/lib/bounded-memo";
import { inlineRenderer } from "./markdown/inline";

const parser = unified().use(remarkParse);
const renderInline = inlineRenderer({
  htmlBreaks: false,
  describeImage: (description) => <ImageDescription description={description} />,
});

/**
 * An image in a task's text, in the reader's words (rare: only then are messages read). Its
 * namespace reaches the browser: the import preview shows task text there.
 */
function ImageDescription({ description }: { description: string }) {
  return useTranslations("inlineMarkdown")("image", { description });
}

/**
 * Text that Markdown leaves as it is: no character that can start markup anywhere, nothing at the
 * start that can open a block (list, heading, quote, code by indentation), no surrounding spaces.
 * Most task text is like this ("Study Module 05-01: Amazon VPC"); it skips the parser (~0.1 ms a
 * task, 13 tasks on a dashboard). tests/unit/inline-markdown.test.ts checks both paths agree.
 */
const PLAIN = /^[^\s\d+=\-\\`*_[\]!<>&#~|:](?:[^\\`*_[\]!<>&#~|\n\r]*[^\s\\`*_[\]!<>&#~|])?$/;

export function isPlainText(text: string): boolean {
  return PLAIN.test(text);
}

/** A task's or an objective's inline Markdown (bold, emphasis, code, links), as React elements. */
export function InlineMarkdown({ text }: { text: string }) {
  return isPlainText(text) ? <span>{text}</span> : <ParsedInlineMarkdown text={text} />;
}

/** Parsed once per short text, for the next view of the same tasks (a dashboard shows the same ones on every view). */
const parse = boundedMemo(
  2000,
  (text: string) => (text.length <= 500 ? text : null),
  (text: string) => parser.parse(text),
);

/** InlineMarkdown through the parser, whatever the text. */
export function ParsedInlineMarkdown({ text }: { text: string }) {
  const root = parse(text);
  return <>{root.children.map((node, i) => renderBlock(node, i))}</>;
}

function renderBlock(node: RootContent, key: number): React.ReactNode {
  if (node.type === "paragraph") return <span key={key}>{node.children.map(renderInline)}</span>;
  if ("children" in node)
    return <span key={key}>{(node.children as RootContent[]).map((c, i) => renderBlock(c, i))}</span>;
  return "value" in node ? <span key={key}>{String(node.value)}</span> : null;
}
