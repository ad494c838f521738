// A said message (lib/i18n/said.ts) in English or Vietnamese, as a person would read it.
import { inWords } from "@/lib/i18n/said";
import { translatorFor } from "@/lib/i18n/translator";

export const inEnglish = (text: string | undefined) => inWords(translatorFor("en"), text ?? "");
export const inVietnamese = (text: string | undefined) => inWords(translatorFor("vi"), text ?? "");

/** What a call that must throw tells the person, in English. */
export function thrownInEnglish(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return inEnglish((error as Error).message);
  }
  throw new Error("expected the call to throw");
}

/** What a refused call tells the person, in English (it must be refused). */
export async function refusalInEnglish(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return inEnglish((error as Error).message);
  }
  throw new Error("expected the call to be refused");
}
