import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { safeLocalPath } from "@/lib/safe-redirect";
import { appOrigin } from "@/lib/server/auth";
import { getViewer } from "@/lib/server/data/session";
import { signInWithCognito } from "@/lib/server/actions/session";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  AccessDenied: "Your account could not be used to sign in. Ask your program admin to check it.",
  Configuration: "Sign-in is not set up correctly on the server. Tell your program admin.",
  Verification: "That sign-in link has expired. Sign in again.",
  UnverifiedEmail:
    "Your program account's e-mail address is not verified yet. Verify it with the link your program sent you (or ask your program admin), then sign in again.",
  Deactivated: "Your Worklog account has been deactivated. Ask your program admin if you think this is a mistake.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeLocalPath(params.callbackUrl, appOrigin());
  if (await getViewer()) redirect(callbackUrl);
  const error =
    typeof params.error === "string" ? (ERRORS[params.error] ?? "Sign-in did not complete. Try again.") : null;
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Worklog</h1>
      <p className="mt-2 text-slate-600">Use your internship program account. You will come back here afterwards.</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form action={signInWithCognito} className="mt-6">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <SubmitButton className="w-full" pendingLabel="Redirecting…">
          Sign in
        </SubmitButton>
      </form>
    </div>
  );
}
