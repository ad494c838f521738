"use server";
// Signing in and out: plain form actions (they work before the page is interactive) that end in a
// redirect to the identity provider.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeLocalPath } from "@/lib/safe-redirect";
import { appOrigin, providerLogoutUrl, signIn, signOut } from "../auth";

export async function signInWithCognito(formData: FormData) {
  await signIn("cognito", { redirectTo: safeLocalPath(formData.get("callbackUrl"), appOrigin()) });
}

/** Ends the session here, then at the provider (Cognito's /logout), which comes back to /signed-out. */
export async function signOutEverywhere() {
  await signOut({ redirect: false });
  const origin = appOrigin() ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  redirect(providerLogoutUrl(origin));
}
