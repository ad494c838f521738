"use client";

// Shown when even the page frame fails (for example while the database is unreachable). It renders
// its own <html> outside the root layout, so without next-intl: its few words come straight from
// the outage messages (both languages are a few hundred bytes).
import { useEffect, useSyncExternalStore } from "react";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/outage.json";
import vi from "@/messages/vi/outage.json";

const WORDS = { en: en.globalError, vi: vi.globalError } satisfies Record<Locale, typeof en.globalError>;

/** Marks this page's own <html>, so that its lang is not mistaken for the root layout's. */
const OWN_HTML = "data-global-error";

/**
 * The language to speak: the root layout's (the person's choice, still on <html> when a page that
 * was shown fails), else the browser's, else Worklog's default. Read once while this page is shown:
 * once it has replaced the layout's <html>, only the browser's would be left to read.
 */
let chosen: Locale | null = null;
function browserLocale(): Locale {
  if (chosen) return chosen;
  const html = document.documentElement;
  chosen =
    !html.hasAttribute(OWN_HTML) && isLocale(html.lang)
      ? html.lang
      : (localeFromAcceptLanguage(navigator.languages.join(",")) ?? "vi");
  return chosen;
}

const never = () => () => {};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(never, browserLocale, () => "vi" as const);
  useEffect(
    () => () => {
      chosen = null;
    },
    [],
  );
  const t = WORDS[locale];
  return (
    <html lang={locale} {...{ [OWN_HTML]: "" }}>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: 0,
          padding: "4rem 1rem",
          textAlign: "center",
          color: "#0f172a",
        }}
      >
        <h1 style={{ fontSize: "1.5rem" }}>{t.heading}</h1>
        <p style={{ color: "#475569" }}>{t.body}</p>
        <button
          type="button"
          onClick={reset}
          style={{
            marginTop: "1.5rem",
            padding: "0.5rem 1rem",
            borderRadius: "0.5rem",
            border: 0,
            background: "#c2410c",
            color: "white",
            fontWeight: 600,
          }}
        >
          {t.retry}
        </button>
      </body>
    </html>
  );
}
