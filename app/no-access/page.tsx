import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MessagePage } from "@/components/ui/message-page";
import { requireViewer } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.noAccess"))("title") };
}

export default async function NoAccessPage() {
  const viewer = await requireViewer();
  if (viewer.role) redirect("/");
  const t = await getTranslations("shell.noAccess");
  return (
    <MessagePage title={t("title")}>
      <p>{t.rich("signedInAs", { email: viewer.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p>{t("askAdmin")}</p>
    </MessagePage>
  );
}
