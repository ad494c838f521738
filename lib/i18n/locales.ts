// Worklog's languages and how one is chosen for a request: the person's saved choice, else the
// language cookie (set when they chose, so that sign-in after sign-out stays in it), else the
// browser's Accept-Language, else WORKLOG_DEFAULT_LOCALE. Pure: lib/i18n/request.ts reads the inputs.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

/** The Intl locale of each language: dates, numbers and plurals in its own forms. */
export const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** The cookie that keeps a chosen language for pages seen signed out. */
export const LOCALE_COOKIE = "worklog-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Only this much of the header is read: a real one is a few dozen characters. */
const ACCEPT_LANGUAGE_CHARS = 500;

/**
 * The best of our languages for an Accept-Language header ("vi-VN,vi;q=0.9,en;q=0.8"), by quality,
 * then by order; null when it names none of them. Linear in the (capped) header.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; quality: number } | null = null;
  for (const part of header.slice(0, ACCEPT_LANGUAGE_CHARS).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0];
    if (!isLocale(language)) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(quality) || quality <= 0) continue;
    if (!best || quality > best.quality) best = { locale: language, quality };
  }
  return best?.locale ?? null;
}

/** The language of a request, from what is known about it (see the top of this file). */
export function chooseLocale(known: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  fallback: Locale;
}): Locale {
  if (isLocale(known.saved)) return known.saved;
  if (isLocale(known.cookie)) return known.cookie;
  return localeFromAcceptLanguage(known.acceptLanguage) ?? known.fallback;
}
