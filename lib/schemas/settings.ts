import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** A person's choice of the interface's language (the header's switch, /settings). */
export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES) });

export type LocaleChoice = z.infer<typeof localeChoiceSchema>;
