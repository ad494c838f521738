"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ui.errorPage");
  return (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      {error.digest ? (
        <p className="mt-2 font-mono text-xs text-slate-500">{t("reference", { digest: error.digest })}</p>
      ) : null}
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
        <Link href="/" className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100">
          {t("dashboard")}
        </Link>
      </div>
    </div>
  );
}
