import "server-only";
// next-intl's configuration for one request (next.config.ts points its plugin here): the language
// chosen as lib/i18n/locales.ts says, its messages, the program's time zone for dates.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/server/data/session";
import { databaseEnv } from "@/lib/server/env";
import { chooseLocale, LOCALE_COOKIE } from "./locales";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const [viewer, jar, head] = await Promise.all([getViewer(), cookies(), headers()]);
  const settings = databaseEnv();
  const locale = chooseLocale({
    saved: viewer?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
    fallback: settings.WORKLOG_DEFAULT_LOCALE,
  });
  return { locale, messages: MESSAGES[locale], timeZone: settings.WORKLOG_TIME_ZONE };
});
