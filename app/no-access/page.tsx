import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.noAccess"))("title") };
}

export default async function NoAccessPage() {
  const viewer = await requireViewer();
  if (viewer.role) redirect("/");
  const t = await getTranslations("shell.noAccess");
  return (
    <div className="mx-auto max-w-md py-12">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-600">
        {t.rich("signedInAs", { email: viewer.email, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <p className="mt-2 text-slate-600">{t("askAdmin")}</p>
    </div>
  );
}
