import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("shell.notFound");
  return (
    <MessagePage eyebrow={t("code")} title={t("title")} action={{ href: "/", label: t("home") }}>
      <p>{t("hint")}</p>
    </MessagePage>
  );
}
