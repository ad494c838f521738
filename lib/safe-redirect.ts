/**
 * A post-sign-in destination kept on this site: a local path ("/weeks/1?x=1"), or a URL of
 * `appOrigin` reduced to its path. Another origin ("//evil.example", "https://evil.example",
 * "/\\evil.example") becomes "/".
 */
export function safeLocalPath(value: unknown, appOrigin?: string): string {
  if (typeof value !== "string" || value.includes("\\")) return "/";
  const base = appOrigin ?? "http://local.invalid";
  if (!value.startsWith("/") || value.startsWith("//")) {
    if (!appOrigin || !value.startsWith(`${appOrigin}/`)) return "/";
  }
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
