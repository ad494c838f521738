// Runs before every page and route: gives the request an id (for logs) and a CSP nonce, sends
// visitors without a session cookie to sign-in (and back afterwards), and refuses at once a request
// that carries a body (a form save, an upload) without a live session, before Next.js reads or
// decodes that body (docs/decisions/014). It is only an early gate: pages, actions and route handlers
// verify the session and access in lib/server/data. Nothing here re-issues the session cookie.
import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_BYTES } from "@/lib/schemas/limits";
import { PUBLIC_PATHS, SESSION_COOKIE } from "@/lib/server/auth-config";
import { sessionIsLive } from "@/lib/server/data/live-sessions";
import { databaseReachable } from "@/lib/server/database-probe";
import { log } from "@/lib/server/logger";
import { contentSecurityPolicy, signInOrigins, STRICT_TRANSPORT_SECURITY } from "@/lib/server/security-headers";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

const UNAVAILABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Worklog is restarting</title></head>
<body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem;color:#0f172a"><h1 style="font-size:1.5rem">Worklog is back in a moment</h1>
<p style="color:#475569">Its database is restarting. Nothing you saved is lost. This page tries again by itself.</p></body></html>`;

export default async function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const path = request.nextUrl.pathname;
  const sessionToken = request.cookies.getAll().find((c) => SESSION_COOKIE.test(c.name))?.value;
  const hasSession = Boolean(sessionToken);
  // The path only: query strings may carry return addresses, never log them.
  log.info({ event: "request", requestId, method: request.method, path, session: hasSession }, "request");
  // While the database is away (a restart, a failover), answer 503 at once: a clear page for people,
  // Retry-After for programs; /api/health and /api/ready still answer for themselves.
  if (!path.startsWith("/api/health") && !path.startsWith("/api/ready") && !(await databaseReachable())) {
    log.warn({ event: "database.unreachable", requestId, path }, "database unreachable");
    const html = request.headers.get("accept")?.includes("text/html");
    return new NextResponse(html ? UNAVAILABLE : "The database is restarting. Try again in a few seconds.\n", {
      status: 503,
      headers: {
        "Retry-After": "5",
        "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        "x-request-id": requestId,
        "Cache-Control": "no-store",
      },
    });
  }
  // A server action's body over the limit: refused before the action runs (lib/schemas/limits.ts).
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_BYTES
  ) {
    log.info({ event: "action.too-large", requestId, path }, "action body too large");
    return new NextResponse(
      `This request is larger than the ${ACTION_BODY_BYTES / 1024 / 1024} MB a form can send.\n`,
      {
        status: 413,
        headers: {
          "Content-Type": "text/plain; charset=utf-8",
          "x-request-id": requestId,
          "Cache-Control": "no-store",
        },
      },
    );
  }
  const isPublic = PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
  if (!isPublic && carriesBody(request) && !(sessionToken && (await sessionIsLive(sessionToken)))) {
    log.info({ event: "request.signed-out", requestId, path }, "body refused: no live session");
    return signedOut(request, requestId);
  }
  if (!isPublic && !hasSession) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set("x-request-id", requestId);
    return redirect;
  }
  const https = (process.env.AUTH_URL ?? "").startsWith("https://");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https,
    signInOrigins: signInOrigins(),
  });
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

/** A request whose body Next.js would read: any method but GET and HEAD. */
function carriesBody(request: NextRequest): boolean {
  return request.method !== "GET" && request.method !== "HEAD";
}

/** 401: JSON for the import form and other programs, a line of text otherwise; never a redirect with the body. */
function signedOut(request: NextRequest, requestId: string): NextResponse {
  const message = "You are signed out. Sign in again, then repeat your change.";
  const json = request.headers.get("accept")?.includes("application/json");
  const headers = { "x-request-id": requestId, "Cache-Control": "no-store" };
  return json
    ? NextResponse.json({ ok: false, formError: message }, { status: 401, headers })
    : new NextResponse(`${message}\n`, {
        status: 401,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
