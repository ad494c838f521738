import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { WorklogLang } from "@/lib/worklog/week";
import { MarkdownPreview } from "./markdown-preview";

/** A week's page side by side: its Markdown as written, and as Hugo would show it. */
export async function MarkdownPanels({
  markdown,
  fileName,
  number,
  lang,
}: {
  markdown: string;
  fileName: string;
  /** The week's number, naming its Markdown for screen readers. */
  number: number;
  /** The page's language, for the preview's text. */
  lang: WorklogLang;
}) {
  const t = await getTranslations("markdown.panels");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card
        heading={
          <>
            {t("markdown")} <span className="font-mono text-sm font-normal text-slate-500">{fileName}</span>
          </>
        }
        headingId="markdown-title"
        headingClassName="mb-3 text-lg font-semibold"
        className="min-w-0"
      >
        <pre
          tabIndex={0}
          aria-label={t("markdownOf", { number })}
          data-testid="export-markdown"
          className="max-h-[70vh] overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800"
        >
          <code>{markdown}</code>
        </pre>
      </Card>
      <Card
        heading={t("preview")}
        headingId="preview-title"
        headingClassName="mb-3 text-lg font-semibold"
        className="min-w-0"
      >
        <div lang={lang}>
          <MarkdownPreview markdown={markdown} lang={lang} />
        </div>
      </Card>
    </div>
  );
}
