"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeChoiceSchema } from "@/lib/schemas/settings";
import { serverAction } from "../action";
import { saveLocale } from "../data/settings";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Saves the language on the person, and in a cookie too, so that the sign-in page after they sign
 * out speaks it as well; every page renders again in it.
 */
export const chooseLocaleAction = serverAction(localeChoiceSchema, saveLocale, async (data) => {
  (await cookies()).set(LOCALE_COOKIE, data.locale, {
    path: "/",
    maxAge: YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: (process.env.AUTH_URL ?? "").startsWith("https://"),
  });
  revalidatePath("/", "layout");
});
