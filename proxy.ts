// Runs before every page and route: gives the request an id (for logs) and a CSP nonce, and sends
// visitors without a session cookie to sign-in (and back afterwards). That check is optimistic (is
// there a cookie at all?): pages, actions and route handlers verify the session and access in
// lib/server/data. Not decoding the session here also means no response re-issues the session
// cookie, so a request still in flight when someone signs out cannot bring their session back.
import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/server/auth-config";
import { log } from "@/lib/server/logger";
import { contentSecurityPolicy, signInOrigins, STRICT_TRANSPORT_SECURITY } from "@/lib/server/security-headers";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const path = request.nextUrl.pathname;
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  // The path only: query strings may carry return addresses, never log them.
  log.info({ event: "request", requestId, method: request.method, path, session: hasSession }, "request");
  const isPublic = PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
  if (!isPublic && !hasSession) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set("x-request-id", requestId);
    return redirect;
  }
  const https = (process.env.AUTH_URL ?? "").startsWith("https://");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https, signInOrigins: signInOrigins() });
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
