import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell.signedOut"))("title") };
}

export default async function SignedOutPage() {
  const t = await getTranslations("shell.signedOut");
  return (
    <MessagePage title={t("heading")} action={{ href: "/sign-in", label: t("signInAgain") }}>
      <p>{t("hint")}</p>
    </MessagePage>
  );
}
