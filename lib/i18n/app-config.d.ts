// Types next-intl's keys and locales by our messages: a key missing from English, or a wrong
// namespace, fails the typecheck.
import type { Locale } from "./locales";
import type { Messages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
