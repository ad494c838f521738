import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { safeLocalPath } from "@/lib/safe-redirect";
import { isSignInError } from "@/lib/sign-in-errors";
import { appOrigin } from "@/lib/server/auth";
import { getViewer } from "@/lib/server/data/session";
import { signInWithCognito } from "@/lib/server/actions/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeLocalPath(params.callbackUrl, appOrigin());
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const error =
    typeof params.error === "string"
      ? t(isSignInError(params.error) ? `errors.${params.error}` : "errors.other")
      : null;
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form action={signInWithCognito} className="mt-6">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <SubmitButton className="w-full" pendingLabel={t("redirecting")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
