import type { Metadata } from "next";
import { CopyButton } from "@/components/markdown/copy-button";
import { ExportLanguageSwitch } from "@/components/markdown/export-language-switch";
import { MarkdownPanels } from "@/components/markdown/markdown-panels";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { exportLangSchema } from "@/lib/schemas/import";
import { orNotFound } from "@/lib/server/answers";
import { requireRole } from "@/lib/server/data/session";
import { exportWeek } from "@/lib/server/data/worklog-io/export-week";

export const metadata: Metadata = { title: "Export week" };

const secondaryButton =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100";

export default async function WeekExportPage({ params, searchParams }: PageProps<"/weeks/[weekId]/export">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const lang = exportLangSchema.parse((await searchParams).lang);
  const page = await orNotFound(exportWeek(viewer, weekId, lang));
  const weekHref = `/weeks/${page.weekId}`;
  const download = `${weekHref}/export.md${lang === "vi" ? "?lang=vi" : ""}`;
  const zipHref = page.own ? "/worklog/export.zip" : `/worklog/export.zip?intern=${page.intern.id}`;
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <Breadcrumb
          trail={
            weekTrail({
              own: page.own,
              cohort: page.cohort,
              internName: page.intern.name,
              number: page.number,
              weekHref,
            }).trail
          }
          current="Export"
        />
        <h1 className="text-2xl font-semibold tracking-tight">Export week {page.number}</h1>
        <p className="max-w-3xl text-slate-700">
          The week as its Hugo page,{" "}
          <code className="break-all rounded bg-slate-100 px-1 font-mono text-sm">{page.sitePath}</code> in an FCJ site.
          Copy it into your site, or download the file.
        </p>
        {page.importedLang === lang ? (
          <p className="max-w-3xl text-sm text-slate-600">
            This week was imported from a page in {lang === "vi" ? "Vietnamese" : "English"}: its front matter,
            headings, column names and extra sections are kept as that page wrote them.
          </p>
        ) : null}
      </header>

      <div className="flex flex-wrap items-center gap-3">
        <ExportLanguageSwitch weekHref={weekHref} lang={lang} />
        <CopyButton text={page.markdown} label="Copy Markdown" />
        <a href={download} download={page.fileName} className={secondaryButton}>
          Download {page.fileName}
        </a>
      </div>

      <MarkdownPanels markdown={page.markdown} fileName={page.fileName} number={page.number} lang={lang} />

      <Card heading="The whole worklog" headingId="whole-title">
        <p className="mt-1 text-sm text-slate-600">
          Every week in English and Vietnamese, with the worklog&apos;s own page, as{" "}
          <code className="font-mono">content/1-Worklog</code>: unzip it at the root of your FCJ site.
        </p>
        <a href={zipHref} download className={`${secondaryButton} mt-3`}>
          Download the worklog (.zip)
        </a>
      </Card>
    </article>
  );
}
