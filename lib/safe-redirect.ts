// Where sign-in may send the browser back to: a path of this site, and nothing a browser could read
// as another site. Browsers drop tabs and newlines anywhere in a URL, trim control characters and
// spaces at its ends, read "\" as "/", and resolve "." and ".." (also written %2e) before they
// look at the address; so the value is judged as written, once percent-decoded, and once resolved.
const BASE = "http://local.invalid";

/** One leading "/" followed by neither "/" nor "\": a path on this origin, never "//host". */
function isLocalPath(path: string): boolean {
  return path.startsWith("/") && path[1] !== "/" && path[1] !== "\\";
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * A post-sign-in destination kept on this site: a local path ("/weeks/1?x=1"), or a URL of
 * `appOrigin` reduced to its path. Anything else ("//evil.example", "/.//evil.example",
 * "/%2F%2Fevil", "/\\evil", "https://evil.example") becomes "/".
 */
export function safeLocalPath(value: unknown, appOrigin?: string): string {
  if (typeof value !== "string") return "/";
  let candidate = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (appOrigin && candidate.startsWith(`${appOrigin}/`)) candidate = candidate.slice(appOrigin.length);
  const plain = decoded(candidate);
  if (plain === null || candidate.includes("\\") || !isLocalPath(candidate) || !isLocalPath(plain)) return "/";
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && isLocalPath(url.pathname) ? path : "/";
}
