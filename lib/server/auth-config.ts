// The part of the Auth.js configuration that needs no database: shared by proxy.ts (which only
// decodes the session cookie) and lib/server/auth.ts (which adds the provider and sign-in hooks).
// No "server-only" marker here, because proxy.ts imports it outside React's server environment.
import type { NextAuthConfig } from "next-auth";

/** A signed-in session lasts one working day; README states it. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Pages anyone may open without signing in. */
export const PUBLIC_PATHS = ["/sign-in", "/signed-out", "/api/auth", "/api/health", "/api/ready"];

export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
