import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { Card } from "@/components/ui/card";
import { IMPORT_LIMITS } from "@/lib/schemas/import";
import { requireRole } from "@/lib/server/data/session";
import { importContext } from "@/lib/server/data/worklog-io/import-context";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import.page"))("title") };
}

const code = (chunks: React.ReactNode) => <code className="font-mono text-sm">{chunks}</code>;

export default async function ImportPage() {
  const viewer = await requireRole("INTERN");
  const [context, t] = await Promise.all([importContext(viewer), getTranslations("import.page")]);
  return (
    <ClientMessages page="import">
      <div className="mx-auto max-w-4xl space-y-6">
        <header className="space-y-2">
          <Breadcrumb trail={[{ href: "/", label: t("dashboard") }]} current={t("breadcrumb")} />
          <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t.rich("intro", { code })}</p>
        </header>
        {context ? (
          <>
            <p className="text-sm text-slate-600">
              {t("context", { cohort: context.cohortName, weeks: context.weekCount })}{" "}
              {context.weeks.length > 0
                ? t("youHave", { count: context.weeks.length, list: context.weeks.join(", ") })
                : t("noWeeks")}
            </p>
            <ImportForm limits={IMPORT_LIMITS} />
          </>
        ) : (
          <Card>
            <p>{t("noCohort")}</p>
          </Card>
        )}
        <Card heading={t("exportTitle")} headingId="export-title">
          <p className="mt-1 text-sm text-slate-600">
            {t.rich("exportBody", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
          </p>
          <a
            href="/worklog/export.zip"
            download
            className="mt-3 inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
          >
            {t("download")}
          </a>
        </Card>
      </div>
    </ClientMessages>
  );
}
