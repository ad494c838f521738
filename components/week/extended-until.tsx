import { getLocale, getTranslations } from "next-intl/server";
import { shortDate } from "@/lib/worklog/dates";

/** "Extended until 12 Mar": said in words (and marked with a symbol), so colour is never the only cue. */
export async function ExtendedUntil({ until }: { until: string | null }) {
  if (!until) return null;
  const [t, locale] = await Promise.all([getTranslations("extensions"), getLocale()]);
  return <span className="extended-flag">{t("until", { date: shortDate(until, false, locale) })}</span>;
}
