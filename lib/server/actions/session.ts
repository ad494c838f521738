"use server";
// Signing in and out: plain form actions (they work before the page is interactive) that end in a
// redirect to the identity provider.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeLocalPath } from "@/lib/safe-redirect";
import { appOrigin, providerLogoutUrl, signIn, signOut } from "../auth";
import { requestLocale } from "../locale";

/**
 * The sign-in page of the provider speaks the language this page spoke (the cookie, else the
 * browser's): Cognito's managed login reads `lang` on /oauth2/authorize (it shows its own default
 * for a language it lacks), and so does the local provider (scripts/oidc).
 */
export async function signInWithCognito(formData: FormData) {
  const lang = await requestLocale({ viewer: null });
  await signIn("cognito", { redirectTo: safeLocalPath(formData.get("callbackUrl"), appOrigin()) }, { lang });
}

/** Ends the session here, then at the provider (Cognito's /logout), which comes back to /signed-out. */
export async function signOutEverywhere() {
  await signOut({ redirect: false });
  const origin = appOrigin() ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  redirect(providerLogoutUrl(origin));
}
