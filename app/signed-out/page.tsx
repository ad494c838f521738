import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.signedOut"))("title") };
}

export default async function SignedOutPage() {
  const t = await getTranslations("shell.signedOut");
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-2 text-slate-600">{t("hint")}</p>
      <Link
        href="/sign-in"
        className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("signInAgain")}
      </Link>
    </div>
  );
}
