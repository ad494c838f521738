"use server";

import { appOrigin, signIn } from "@/lib/server/auth";
import { safeLocalPath } from "@/lib/safe-redirect";

export async function signInWithCognito(formData: FormData) {
  await signIn("cognito", { redirectTo: safeLocalPath(formData.get("callbackUrl"), appOrigin()) });
}
