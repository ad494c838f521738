import "server-only";
// The language of the request being served (lib/i18n/locales.ts says how it is chosen). Outside a
// request (a script, a test calling the data layer), the program's default.
import { cookies, headers } from "next/headers";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { Translate } from "@/lib/i18n/said";
import { getViewer } from "./data/session";
import type { Viewer } from "./data/viewer";
import { displayEnv } from "./env";

export async function requestLocale(known?: { viewer: Viewer | null }): Promise<Locale> {
  const fallback = displayEnv().WORKLOG_DEFAULT_LOCALE;
  let jar: Awaited<ReturnType<typeof cookies>>;
  let head: Awaited<ReturnType<typeof headers>>;
  try {
    [jar, head] = await Promise.all([cookies(), headers()]);
  } catch (error) {
    // Only "no request here" (scripts, tests); Next's own signals (a page found dynamic while
    // prerendering) must go on up.
    if (!String((error as Error | null)?.message).includes("outside a request scope")) throw error;
    return known?.viewer?.locale ?? fallback;
  }
  const viewer = known ? known.viewer : await getViewer();
  return chooseLocale({
    saved: viewer?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
    fallback,
  });
}

/** The translator of this request's language. */
export async function requestTranslator(known?: { viewer: Viewer | null }): Promise<Translate> {
  return translatorFor(await requestLocale(known));
}
