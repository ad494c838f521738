import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { Card } from "@/components/ui/card";
import { IMPORT_LIMITS } from "@/lib/schemas/import";
import { requireRole } from "@/lib/server/data/session";
import { importContext } from "@/lib/server/data/worklog-io/import-context";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Import worklog" };

export default async function ImportPage() {
  const viewer = await requireRole("INTERN");
  const context = await importContext(viewer);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <Breadcrumb trail={[{ href: "/", label: "Dashboard" }]} current="Import" />
        <h1 className="text-2xl font-semibold tracking-tight">Import your worklog</h1>
        <p className="text-slate-700">
          Bring in the weeks you already wrote as Hugo pages: each <code className="font-mono text-sm">_index.md</code>{" "}
          becomes a week you can tick off here. You see what will be imported before anything is saved.
        </p>
      </header>
      {context ? (
        <>
          <p className="text-sm text-slate-600">
            {context.cohortName}: {context.weekCount} weeks.{" "}
            {context.weeks.length > 0
              ? `You have week${context.weeks.length > 1 ? "s" : ""} ${context.weeks.join(", ")}.`
              : "You have no weeks yet."}
          </p>
          <ImportForm limits={IMPORT_LIMITS} />
        </>
      ) : (
        <Card>
          <p>
            You are not in a cohort yet, so imported weeks would have no dates. Ask your program admin to add you to
            your cohort.
          </p>
        </Card>
      )}
      <Card heading="Export" headingId="export-title">
        <p className="mt-1 text-sm text-slate-600">
          Your whole worklog, every week in English and Vietnamese, as{" "}
          <code className="font-mono">content/1-Worklog</code> for your FCJ site. Each week&apos;s page also has an
          Export Markdown button.
        </p>
        <a
          href="/worklog/export.zip"
          download
          className="mt-3 inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
        >
          Download the worklog (.zip)
        </a>
      </Card>
    </div>
  );
}
