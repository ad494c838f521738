import "server-only";
import NextAuth from "next-auth";
import Cognito from "next-auth/providers/cognito";
import { z } from "zod";
import { recordSignIn } from "./data/users";
import { authConfig } from "./auth-config";
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

// Configured lazily (on the first request), because `next build` loads this module without settings.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = env();
  return {
    ...authConfig,
    secret: settings.AUTH_SECRET,
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
      signIn({ profile }) {
        // A token without a subject or email cannot become a user: show the sign-in error instead.
        return cognitoProfile.safeParse(profile).success;
      },
      async jwt({ token, profile, trigger }) {
        if (trigger === "signIn" && profile) {
          const claims = cognitoProfile.parse(profile);
          const user = await recordSignIn({
            subject: claims.sub,
            email: claims.email,
            name: claims.name ?? claims["cognito:username"] ?? claims.email,
            groups: claims["cognito:groups"] ?? [],
            emailVerified: claims.email_verified === true || claims.email_verified === "true",
          });
          log.info({ event: "user.signed-in", userId: user.id, role: user.role }, "signed in");
          // Only the user id travels in the cookie; role and cohorts are read fresh on every request.
          return { sub: token.sub, uid: user.id, name: user.name, email: user.email };
        }
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
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
