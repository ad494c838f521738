// The Content-Security-Policy each page is served with (set per request in proxy.ts, with a
// fresh nonce, so no inline script runs unless Next.js put it there). No "server-only" marker:
// proxy.ts imports it.

export function contentSecurityPolicy(options: {
  nonce: string;
  dev: boolean;
  https: boolean;
  signInOrigins: string[];
}): string {
  const { nonce, dev } = options;
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonced loader bring in its chunks; no 'unsafe-inline' for scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes (progress bars, charts) need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The live updates' shared worker (public/live-worker.js), one stream for every tab.
    "worker-src 'self'",
    // Sign-in and sign-out forms end in a redirect to the identity provider.
    `form-action 'self' ${options.signInOrigins.join(" ")}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Origins of the identity provider that sign-in and sign-out forms redirect to. */
export function signInOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>();
  for (const value of [env.AUTH_COGNITO_ISSUER, env.AUTH_COGNITO_DOMAIN]) {
    try {
      if (value) origins.add(new URL(value).origin);
    } catch {
      // env.ts reports malformed settings at start-up.
    }
  }
  return [...origins];
}

/** Headers every response gets (next.config.ts). */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** HSTS, only where the app is served over HTTPS (set per request in proxy.ts). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
