"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { appOrigin, providerLogoutUrl, signOut } from "@/lib/server/auth";

/** Ends the session here, then at the provider (Cognito's /logout), which comes back to /signed-out. */
export async function signOutEverywhere() {
  await signOut({ redirect: false });
  const origin = appOrigin() ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  redirect(providerLogoutUrl(origin));
}
