import "server-only";
// next-intl's configuration for one request (next.config.ts points its plugin here): the language
// chosen as lib/i18n/locales.ts says, its messages, the program's time zone for dates.
import { getRequestConfig } from "next-intl/server";
import { displayEnv } from "@/lib/server/env";
import { requestLocale } from "@/lib/server/locale";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: displayEnv().WORKLOG_TIME_ZONE };
});
