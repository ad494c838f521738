import "server-only";
import NextAuth from "next-auth";
import Cognito from "next-auth/providers/cognito";
import { z } from "zod";
import { safeLocalPath } from "@/lib/safe-redirect";
import { authConfig } from "./auth-config";
import { rememberRefreshToken, sessionAdapter } from "./data/sessions";
import { recordSignIn, type SignInRefusal } from "./data/users";
import { env } from "./env";
import { log } from "./log";

// What we read from the provider's ID token: Cognito puts email, name and groups there. Users in
// no group get no `cognito:groups` claim at all.
const cognitoProfile = z.object({
  sub: z.string().min(1),
  email: z.email(),
  email_verified: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
  name: z.string().optional(),
  "cognito:username": z.string().optional(),
  "cognito:groups": z.array(z.string()).optional(),
});

/** Where a refused sign-in lands: the sign-in page, saying why (app/sign-in). */
const REFUSED: Record<SignInRefusal, string> = {
  "unverified-email": "/sign-in?error=UnverifiedEmail",
  deactivated: "/sign-in?error=Deactivated",
};

// Configured lazily (on the first request), because `next build` loads this module without settings.
export const { handlers, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    ...authConfig,
    secret: settings.AUTH_SECRET,
    adapter: sessionAdapter(),
    // Auth.js's own messages, as structured lines (its errors carry no tokens; we keep only name and message).
    logger: {
      error: (error) =>
        log.warn({ event: "auth.error", err: { name: error.name, message: error.message } }, "sign-in problem"),
      warn: (code) => log.warn({ event: "auth.warning", code }, "sign-in warning"),
      debug: () => {},
    },
    providers: [
      Cognito({
        clientId: settings.AUTH_COGNITO_ID,
        clientSecret: settings.AUTH_COGNITO_SECRET,
        issuer: settings.AUTH_COGNITO_ISSUER,
        checks: ["pkce", "state", "nonce"],
        authorization: { params: { scope: "openid email profile" } },
      }),
    ],
    callbacks: {
      // The user is recorded (or refused) here, before Auth.js looks them up and opens the session.
      async signIn({ profile, account }) {
        const claims = cognitoProfile.safeParse(profile);
        // A token without a subject or email cannot become a user: show the sign-in error instead.
        if (!claims.success) return false;
        const outcome = await recordSignIn({
          subject: claims.data.sub,
          email: claims.data.email,
          name: claims.data.name ?? claims.data["cognito:username"] ?? claims.data.email,
          groups: claims.data["cognito:groups"] ?? [],
          emailVerified: claims.data.email_verified === true || claims.data.email_verified === "true",
        });
        if ("refused" in outcome) {
          log.info({ event: "user.sign-in-refused", reason: outcome.refused }, "sign-in refused");
          return REFUSED[outcome.refused];
        }
        rememberRefreshToken(account?.refresh_token ?? undefined);
        log.info({ event: "user.signed-in", userId: outcome.user.id, role: outcome.user.role }, "signed in");
        return true;
      },
      // Only ever back to a page of this site (lib/safe-redirect.ts).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeLocalPath(url, baseUrl)}`;
      },
    },
  };
});

/** Cognito's hosted-UI logout: ends the provider session too, then comes back to /signed-out. */
export function providerLogoutUrl(appOrigin: string): string {
  const settings = env();
  const url = new URL("/logout", settings.AUTH_COGNITO_DOMAIN);
  url.searchParams.set("client_id", settings.AUTH_COGNITO_ID);
  url.searchParams.set("logout_uri", `${appOrigin}/signed-out`);
  return url.toString();
}

/** The app's public origin (AUTH_URL), e.g. http://localhost:3000. */
export function appOrigin(): string | undefined {
  const { AUTH_URL } = env();
  return AUTH_URL ? new URL(AUTH_URL).origin : undefined;
}
