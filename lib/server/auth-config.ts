// The part of the Auth.js configuration that needs no settings or database. No "server-only"
// marker here, because proxy.ts imports PUBLIC_PATHS outside React's server environment.
import type { NextAuthConfig } from "next-auth";

/** A signed-in session lasts one working day; README states it. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Pages anyone may open without signing in. */
export const PUBLIC_PATHS = ["/sign-in", "/signed-out", "/api/auth", "/api/health", "/api/ready"];

export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
