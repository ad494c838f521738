// The part of the Auth.js configuration that needs no settings or database. No "server-only"
// marker here, because proxy.ts imports it outside React's server environment.
import type { NextAuthConfig } from "next-auth";

/** A signed-in session lasts one working day from sign-in, whatever the browser does; README states it. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Auth.js's session cookie (with the `__Secure-` prefix over https): it holds only a random token. */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token$/;

/** Pages anyone may open without signing in. */
export const PUBLIC_PATHS = [
  "/sign-in",
  "/signed-out",
  "/api/auth",
  "/api/health",
  "/api/ready",
  // The signed unsubscribe link of every notification mail works signed out.
  "/unsubscribe",
  "/api/unsubscribe",
];

export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Sessions live in PostgreSQL (lib/server/data/sessions.ts) and are never extended: an update age
  // as long as their life means Auth.js never moves their end.
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
} satisfies NextAuthConfig;
