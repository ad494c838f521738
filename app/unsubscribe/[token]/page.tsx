import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { unsubscribeTarget } from "@/lib/server/data/notifications/preferences";
import { mailEnv } from "@/lib/server/env";
import { readUnsubscribeToken } from "@/lib/server/unsubscribe-token";
import { kindLabel } from "@/lib/worklog/notifications/facts";
import { requestTranslator } from "@/lib/server/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title") };
}

/** The unsubscribe link's page, signed in or not: confirm, then done; a bad link says so. */
export default async function UnsubscribePage({ params, searchParams }: PageProps<"/unsubscribe/[token]">) {
  const [{ token }, query, t, words] = await Promise.all([
    params,
    searchParams,
    getTranslations("notifications.unsubscribe"),
    requestTranslator({ viewer: null }),
  ]);
  const target = readUnsubscribeToken(token, mailEnv().AUTH_SECRET);
  const person = target ? await unsubscribeTarget(target.userId) : null;
  return (
    <div className="mx-auto max-w-lg py-8">
      <Card heading={t("title")} headingId="unsubscribe-title">
        {!target || !person ? (
          <p className="mt-2 text-slate-700">{t("invalid")}</p>
        ) : query.done ? (
          <p className="mt-2 text-slate-700" role="status">
            {t("done", { kind: kindLabel(words, target.kind), email: person.email })}
          </p>
        ) : (
          <form method="post" action={`/api/unsubscribe/${token}?from=page`} className="mt-2 space-y-3">
            <p className="text-slate-700">
              {t("confirm", { kind: kindLabel(words, target.kind), email: person.email })}
            </p>
            <button
              type="submit"
              className="rounded-lg bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t("button")}
            </button>
          </form>
        )}
      </Card>
    </div>
  );
}
