// Runs before every page and route: gives the request an id (for logs) and a CSP nonce, sends
// visitors without a session cookie to sign-in (and back afterwards), and refuses at once a request
// that carries a body (a form save, an upload) without a live session, before Next.js reads or
// decodes that body (docs/decisions/014). It is only an early gate: pages, actions and route handlers
// verify the session and access in lib/server/data. Nothing here re-issues the session cookie.
import { NextResponse, type NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { chooseLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { ACTION_BODY_BYTES } from "@/lib/schemas/limits";
import { PUBLIC_PATHS, SESSION_COOKIE } from "@/lib/server/auth-config";
import { sessionIsLive } from "@/lib/server/data/live-sessions";
import { databaseReachable, isConnectionError, markDatabaseDown } from "@/lib/server/database-probe";
import { log } from "@/lib/server/logger";
import { contentSecurityPolicy, signInOrigins, STRICT_TRANSPORT_SECURITY } from "@/lib/server/security-headers";
import enErrors from "@/messages/en/errors.json";
import enOutage from "@/messages/en/outage.json";
import viErrors from "@/messages/vi/errors.json";
import viOutage from "@/messages/vi/outage.json";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

// Proxy's own answers speak the request's language too. It cannot ask the database for the person's
// saved choice: the language cookie (set with that choice) and Accept-Language decide, and only the
// two namespaces it speaks from are loaded here.
const WORDS = {
  en: { outage: enOutage, errors: enErrors },
  vi: { outage: viOutage, errors: viErrors },
} satisfies Record<Locale, unknown>;

const translators = new Map<Locale, ReturnType<typeof translatorOf>>();
function translatorOf(locale: Locale) {
  return createTranslator({ locale, messages: WORDS[locale] });
}
function wordsFor(request: NextRequest) {
  const fallback = process.env.WORKLOG_DEFAULT_LOCALE;
  const locale = chooseLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    fallback: isLocale(fallback) ? fallback : "vi",
  });
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translatorOf(locale)));
  return { locale, t };
}

function unavailablePage(locale: Locale): string {
  const words = WORDS[locale].outage.unavailable;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>${words.title}</title></head>
<body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem;color:#0f172a"><h1 style="font-size:1.5rem">${words.heading}</h1>
<p style="color:#475569">${words.body}</p></body></html>`;
}
const UNAVAILABLE = { en: unavailablePage("en"), vi: unavailablePage("vi") } satisfies Record<Locale, string>;

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
    return unavailable(request, requestId);
  }
  // A server action's body over the limit: refused before the action runs (lib/schemas/limits.ts).
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_BYTES
  ) {
    log.info({ event: "action.too-large", requestId, path }, "action body too large");
    const { t } = wordsFor(request);
    return new NextResponse(`${t("outage.tooLarge", { megabytes: ACTION_BODY_BYTES / 1024 / 1024 })}\n`, {
      status: 413,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "x-request-id": requestId,
        "Cache-Control": "no-store",
      },
    });
  }
  const isPublic = PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
  if (!isPublic && carriesBody(request)) {
    let live: boolean;
    try {
      live = sessionToken ? await sessionIsLive(sessionToken) : false;
    } catch (error) {
      // The database went away between the probe and this query (a restart under load): the same 503.
      if (!isConnectionError(error)) throw error;
      markDatabaseDown();
      return unavailable(request, requestId);
    }
    if (!live) {
      log.info({ event: "request.signed-out", requestId, path }, "body refused: no live session");
      return signedOut(request, requestId);
    }
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

/** While the database is away: a clear page for people, Retry-After for programs. */
function unavailable(request: NextRequest, requestId: string): NextResponse {
  log.warn({ event: "database.unreachable", requestId, path: request.nextUrl.pathname }, "database unreachable");
  const html = request.headers.get("accept")?.includes("text/html");
  const { locale, t } = wordsFor(request);
  return new NextResponse(html ? UNAVAILABLE[locale] : `${t("outage.unavailable.plain")}\n`, {
    status: 503,
    headers: {
      "Retry-After": "5",
      "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "x-request-id": requestId,
      "Cache-Control": "no-store",
    },
  });
}

/** A request whose body Next.js would read: any method but GET and HEAD. */
function carriesBody(request: NextRequest): boolean {
  return request.method !== "GET" && request.method !== "HEAD";
}

/** 401: JSON for the import form and other programs, a line of text otherwise; never a redirect with the body. */
function signedOut(request: NextRequest, requestId: string): NextResponse {
  const message = wordsFor(request).t("errors.signedOut");
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
