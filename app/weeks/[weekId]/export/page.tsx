import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/markdown/copy-button";
import { ExportLanguageSwitch } from "@/components/markdown/export-language-switch";
import { MarkdownPanels } from "@/components/markdown/markdown-panels";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { exportLangSchema } from "@/lib/schemas/import";
import { orNotFound } from "@/lib/server/answers";
import { requireRole } from "@/lib/server/data/session";
import { exportWeek } from "@/lib/server/data/worklog-io/export-week";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("markdown.export"))("title") };
}

const secondaryButton =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100";

export default async function WeekExportPage({ params, searchParams }: PageProps<"/weeks/[weekId]/export">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const [t, locale] = await Promise.all([getTranslations("markdown.export"), getLocale()]);
  // Without ?lang, the page in the reader's language (both stay a click away).
  const lang = exportLangSchema.parse((await searchParams).lang ?? locale);
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
          current={t("crumb")}
        />
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading", { number: page.number })}</h1>
        <p className="max-w-3xl text-slate-700">
          {t.rich("intro", {
            path: page.sitePath,
            code: (chunks) => <code className="break-all rounded bg-slate-100 px-1 font-mono text-sm">{chunks}</code>,
          })}
        </p>
        {page.importedLang === lang ? (
          <p className="max-w-3xl text-sm text-slate-600">{lang === "vi" ? t("importedVi") : t("importedEn")}</p>
        ) : null}
      </header>

      <div className="flex flex-wrap items-center gap-3">
        <ExportLanguageSwitch weekHref={weekHref} lang={lang} />
        <CopyButton
          text={page.markdown}
          words={{ label: t("copy"), copied: t("copied"), copiedStatus: t("copiedStatus"), failed: t("copyFailed") }}
        />
        <a href={download} download={page.fileName} className={secondaryButton}>
          {t("download", { file: page.fileName })}
        </a>
      </div>

      <MarkdownPanels markdown={page.markdown} fileName={page.fileName} number={page.number} lang={lang} />

      <Card heading={t("whole.title")} headingId="whole-title">
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("whole.text", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
        </p>
        <a href={zipHref} download className={`${secondaryButton} mt-3`}>
          {t("whole.download")}
        </a>
      </Card>
    </article>
  );
}
