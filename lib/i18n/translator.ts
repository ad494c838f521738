// A translator for one language, made once and kept: for code that speaks to a person outside a
// React render (server actions' answers, route handlers, e-mails, CSV headers).
// use-intl/core (next-intl's own core) rather than next-intl: the scripts run under react-server,
// where next-intl's entry loads React hooks that condition does not have.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { MESSAGES } from "./messages";
import type { Translate } from "./said";

const made = new Map<Locale, Translate>();

export function translatorFor(locale: Locale): Translate {
  let t = made.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
    made.set(locale, t);
  }
  return t;
}
