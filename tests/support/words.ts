// A said message (lib/i18n/said.ts) in English or Vietnamese, as a person would read it.
import { inWords } from "@/lib/i18n/said";
import { translatorFor } from "@/lib/i18n/translator";

export const inEnglish = (text: string | undefined) => inWords(translatorFor("en"), text ?? "");
export const inVietnamese = (text: string | undefined) => inWords(translatorFor("vi"), text ?? "");
