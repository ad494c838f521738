// The provider's HTTP routes: the hosted sign-in page of an interaction (and the implicit consent
// after it), Cognito's `/logout`, and oidc-provider itself mounted under the issuer's path. Errors
// become the hosted UI's error pages, never a stack trace.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { errors as oidcErrors, Grant, Provider as ProviderInstance } from "oidc-provider";

import { SESSION_COOKIE, type LocalOidcClient } from "./configuration";
import { authorisedBy, type Directory } from "./directory";
import { HTML_HEADERS, renderMessage, renderSignIn } from "./pages";
import { passwordMatches } from "./users";
import { browserLanguage, requestedLanguage, WORDS } from "./words";

const MAX_FORM_BYTES = 16 * 1024;

/** What the routes need of the running provider. */
export interface RouteContext {
  provider: ProviderInstance;
  errors: typeof oidcErrors;
  client: LocalOidcClient;
  directory: Directory;
  /** `http://127.0.0.1:<port>`: every URL is built from it. */
  origin: string;
  /** The issuer's path, `/<region>_<poolId>`. */
  basePath: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...HTML_HEADERS, ...headers });
  res.end(html);
}

function redirect(res: ServerResponse, status: 302 | 303 | 308, location: string): void {
  res.writeHead(status, { Location: location, "Cache-Control": "no-store", "Content-Length": "0" });
  res.end();
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new HttpError(415, "Expected a form submission.");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new HttpError(413, "Form too large.");
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function autoConsent(routes: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { provider, client } = routes;
  const interaction = await provider.interactionDetails(req, res);
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || clientId !== client.clientId) {
    await provider.interactionFinished(req, res, {
      error: "access_denied",
      error_description: "consent not possible",
    });
    return;
  }
  let grant: Grant | undefined = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  grant ??= new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims } = interaction.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/** The hosted sign-in page of one interaction: shown on GET, checked on POST. */
async function handleInteraction(
  routes: RouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const { provider, basePath, directory } = routes;
  const users = directory.active();
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.uid !== uid) throw new routes.errors.SessionNotFound("interaction mismatch");
  const action = `${basePath}/interaction/${interaction.uid}`;
  const lang = requestedLanguage(interaction.params) ?? browserLanguage(req.headers["accept-language"]);

  if (interaction.prompt.name === "consent") return autoConsent(routes, req, res);
  if (interaction.prompt.name !== "login") {
    await provider.interactionFinished(req, res, { error: "access_denied", error_description: "unsupported prompt" });
    return;
  }

  if (req.method === "GET" || req.method === "HEAD") {
    const hint = typeof interaction.params.login_hint === "string" ? interaction.params.login_hint : undefined;
    sendHtml(res, 200, renderSignIn({ lang, action, users, email: hint }));
    return;
  }
  if (req.method !== "POST") throw new HttpError(405, "Method not allowed.");

  const form = await readForm(req);
  const email = (form.get("email") ?? "").slice(0, 320);
  const password = form.get("password") ?? "";
  const user = directory.byEmail(email);
  if (!user || !passwordMatches(password)) {
    sendHtml(res, 200, renderSignIn({ lang, action, users, email, error: true }));
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: user.sub, amr: ["pwd"] } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * `POST <issuer>/_local/users` with `{ "email", "groups"?, "disabled"? }`, authorised by the client's
 * credentials: what a user-pool administrator does in Cognito's console, for tests.
 */
async function handleDirectoryChange(routes: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") throw new HttpError(405, "Method not allowed.");
  if (!authorisedBy(routes.client, req.headers.authorization)) throw new HttpError(401, "Not authorised.");
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: { email?: unknown; groups?: unknown; disabled?: unknown };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8").slice(0, MAX_FORM_BYTES)) as typeof body;
  } catch {
    throw new HttpError(400, "Send JSON.");
  }
  const groups = Array.isArray(body.groups) ? body.groups.filter((g): g is string => typeof g === "string") : undefined;
  const disabled = typeof body.disabled === "boolean" ? body.disabled : undefined;
  const user = typeof body.email === "string" ? routes.directory.change(body.email, { groups, disabled }) : undefined;
  if (!user) throw new HttpError(404, "No such user.");
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  res.end(JSON.stringify({ email: user.email, groups: user.groups, disabled: disabled ?? false }));
}

/** Cognito's `GET /logout?client_id=...&logout_uri=...`: ends the provider session, then redirects. */
async function handleCognitoLogout(
  routes: RouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const { provider, client } = routes;
  if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "Method not allowed.");
  const clientId = url.searchParams.get("client_id");
  const logoutUri = url.searchParams.get("logout_uri");
  if (clientId !== client.clientId) throw new HttpError(400, "Unknown or missing client_id.");
  if (!logoutUri) throw new HttpError(400, "Missing logout_uri.");
  if (!client.postLogoutRedirectUris.includes(logoutUri)) {
    throw new HttpError(400, "logout_uri is not one of the client's sign-out URLs.");
  }

  const ctx = provider.createContext(req, res);
  const session = await provider.Session.get(ctx);
  if (!session.new) {
    for (const { grantId } of Object.values(session.authorizations ?? {})) {
      if (!grantId) continue;
      await Promise.all([
        provider.AccessToken.revokeByGrantId(grantId),
        provider.RefreshToken.revokeByGrantId(grantId),
        provider.AuthorizationCode.revokeByGrantId(grantId),
        provider.Grant.adapter.destroy(grantId),
      ]);
    }
    await session.destroy();
  }
  // Clears both the session cookie and its signature cookie.
  ctx.cookies.set(provider.cookieName("session"), null, SESSION_COOKIE);
  redirect(res, 302, logoutUri);
}

/** The error pages: the reason when we know it, "Something went wrong" (and the log) when we don't. */
function sendError(routes: RouteContext, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // The interaction (and the language it asked for) may be gone: the browser's language, then.
  const lang = browserLanguage(req.headers["accept-language"]);
  const words = WORDS[lang];
  if (error instanceof HttpError) {
    // Protocol errors for a developer (a wrong client_id, a form of the wrong type): their details stay in English.
    sendHtml(res, error.status, renderMessage(lang, words.errorTitle, error.message));
  } else if (error instanceof routes.errors.SessionNotFound) {
    sendHtml(res, 400, renderMessage(lang, words.expiredTitle, words.expired));
  } else {
    console.error(
      `Local sign-in provider error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendHtml(res, 500, renderMessage(lang, words.errorTitle, words.failed));
  }
}

/** The provider's request listener, for `http.createServer`. */
export function providerRoutes(routes: RouteContext): RequestListener {
  const { provider, origin, basePath } = routes;
  const issuerHost = new URL(origin).host;
  const interactionPath = new RegExp(`^${basePath}/interaction/([A-Za-z0-9_-]+)$`);
  const providerCallback = provider.callback();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? "/";
    if (!rawUrl.startsWith("/")) throw new HttpError(400, "Bad request.");

    // Keep browsers on the issuer's origin (cookies are per host), and build every URL from the issuer.
    if (req.headers.host !== issuerHost) {
      if (req.method === "GET" || req.method === "HEAD") return redirect(res, 308, `${origin}${rawUrl}`);
      req.headers.host = issuerHost;
    }

    const url = new URL(rawUrl, origin);
    const { pathname } = url;

    if (pathname === "/logout" || pathname === `${basePath}/logout`) return handleCognitoLogout(routes, req, res, url);

    if (pathname === `${basePath}/_local/users`) return handleDirectoryChange(routes, req, res);

    const interactionMatch = interactionPath.exec(pathname);
    if (interactionMatch?.[1]) return handleInteraction(routes, req, res, interactionMatch[1]);

    if (pathname.startsWith(`${basePath}/`)) {
      // Mount oidc-provider under the issuer path, Express-style: it reads the mount path from originalUrl.
      Object.assign(req, { originalUrl: rawUrl });
      req.url = rawUrl.slice(basePath.length);
      return providerCallback(req, res);
    }

    throw new HttpError(404, "Not found.");
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => sendError(routes, req, res, error));
  };
}
