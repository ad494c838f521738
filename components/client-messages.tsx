import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { PAGE_MESSAGES, pickMessages, SHELL_MESSAGES, type ClientPage } from "@/lib/i18n/messages";

/**
 * Sends the browser the messages that one page's client components read (lib/i18n/messages.ts,
 * PAGE_MESSAGES), with the shell's: a provider replaces the one above it, it does not add to it.
 */
export async function ClientMessages({ page, children }: { page: ClientPage; children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={pickMessages(locale, [...SHELL_MESSAGES, ...PAGE_MESSAGES[page]])}>
      {children}
    </NextIntlClientProvider>
  );
}
