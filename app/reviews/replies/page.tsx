import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SavedRepliesManager } from "@/components/review/saved-replies-manager";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listSavedReplies } from "@/lib/server/data/saved-replies";
import { requireRole } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.replies");
  return { title: t("title") };
}

export default async function SavedRepliesPage() {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const [replies, t, tReviews] = await Promise.all([
    listSavedReplies(viewer),
    getTranslations("review.replies"),
    getTranslations("reviews"),
  ]);
  const isAdmin = viewer.role === "ADMIN";
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/reviews", label: tReviews("title") }]} current={t("title")} />
      <PageHeader title={t("title")} intro={isAdmin ? t("introAdmin") : t("intro")} />
      <ClientMessages page="savedReplies">
        <SavedRepliesManager
          own={replies.filter((r) => r.own)}
          published={replies.filter((r) => !r.own)}
          canPublish={isAdmin}
        />
      </ClientMessages>
    </div>
  );
}
