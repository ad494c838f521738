/**
 * Local, Cognito-like OpenID Connect provider for development and tests.
 *
 *   tsx scripts/oidc-provider.ts
 *
 * Serves an issuer shaped like an Amazon Cognito user pool (`http://127.0.0.1:<port>/<region>_<poolId>`)
 * with Cognito's endpoint paths, a small hosted-UI-like sign-in page listing the demo users, and Cognito's
 * `/logout` endpoint. Built on oidc-provider; never meant for production (it refuses to start there).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Configuration, Grant, KoaContext, Provider as ProviderInstance } from "oidc-provider";

import { createMemoryAdapter } from "./oidc/adapter";
import { loadOrCreateKeys } from "./oidc/keys";
import { HTML_HEADERS, renderError, renderLogoutConfirm, renderMessage, renderSignIn } from "./oidc/pages";
import {
  LOCAL_PASSWORD,
  LOCAL_USERS,
  localSub,
  normalizeEmail,
  passwordMatches,
  resolveUsers,
  userClaims,
  type LocalUser,
  type ResolvedLocalUser,
} from "./oidc/users";

export { LOCAL_PASSWORD, LOCAL_USERS, localSub };
export type { LocalUser, ResolvedLocalUser };

export interface LocalOidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface OidcProviderOptions {
  port: number;
  /** Address to listen on. The issuer always uses 127.0.0.1. Default 127.0.0.1. */
  host?: string;
  /** Default "us-east-1". */
  region?: string;
  /** Default "local". The issuer path segment is `<region>_<poolId>`. */
  poolId?: string;
  /** JSON file holding the RS256 JWKS; generated on first start and reused afterwards. */
  keysFile: string;
  client: LocalOidcClient;
  /** Default `LOCAL_USERS`. Everyone signs in with `LOCAL_PASSWORD`. */
  users?: readonly LocalUser[];
  /** Start even when NODE_ENV=production (same as env WORKLOG_ALLOW_LOCAL_OIDC=1). */
  allowInProduction?: boolean;
  /** Skip the one-line start message (tests). */
  quiet?: boolean;
}

export interface RunningOidcProvider {
  /** `http://127.0.0.1:<port>/<region>_<poolId>`, exactly as in the discovery document and ID tokens. */
  issuer: string;
  /** `http://127.0.0.1:<port>`: the "hosted UI domain", where Cognito-style `/logout` lives. */
  url: string;
  close(): Promise<void>;
}

export const SCOPES = ["openid", "email", "profile"] as const;

const SESSION_TTL = 24 * 60 * 60;
const MAX_FORM_BYTES = 16 * 1024;

function assertAllowedToStart(options: OidcProviderOptions): void {
  if (
    process.env.NODE_ENV === "production" &&
    !options.allowInProduction &&
    process.env.WORKLOG_ALLOW_LOCAL_OIDC !== "1"
  ) {
    throw new Error(
      "Refusing to start the local sign-in provider with NODE_ENV=production: anyone can sign in as any demo user " +
        `with the public password "${LOCAL_PASSWORD}". Use Amazon Cognito in production. ` +
        "If you really need it (e.g. a production build in CI), set WORKLOG_ALLOW_LOCAL_OIDC=1.",
    );
  }
}

function validateOptions(options: OidcProviderOptions): { region: string; poolId: string } {
  const region = options.region ?? "us-east-1";
  const poolId = options.poolId ?? "local";
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error(
      `Local sign-in provider: invalid port ${String(options.port)} (a fixed port is needed for a fixed issuer)`,
    );
  }
  if (!/^[a-z0-9-]+$/.test(region)) throw new Error(`Local sign-in provider: invalid region ${JSON.stringify(region)}`);
  if (!/^[A-Za-z0-9]+$/.test(poolId))
    throw new Error(`Local sign-in provider: invalid poolId ${JSON.stringify(poolId)}`);
  const { client } = options;
  if (!client.clientId || !client.clientSecret)
    throw new Error("Local sign-in provider: clientId and clientSecret are required");
  if (client.redirectUris.length === 0)
    throw new Error("Local sign-in provider: at least one redirect URI is required");
  return { region, poolId };
}

/** oidc-provider warns on import that it wants Node 22; it works on Node 20. Hide just that notice. */
async function importOidcProvider(): Promise<typeof import("oidc-provider")> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("oidc-provider WARNING: Unsupported runtime")) return;
    warn(...args);
  };
  try {
    return await import("oidc-provider");
  } finally {
    console.warn = warn;
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

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function setHtmlHeaders(ctx: KoaContext): void {
  for (const [name, value] of Object.entries(HTML_HEADERS)) ctx.set(name, value);
}

/**
 * Starts the provider and resolves once it is listening.
 * Throws when NODE_ENV=production (unless allowed), when the port is taken, or when the keys file is invalid.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  assertAllowedToStart(options);
  const { region, poolId } = validateOptions(options);

  const users = resolveUsers(options.users ?? LOCAL_USERS);
  const usersBySub = new Map(users.map((user) => [user.sub, user]));
  const usersByEmail = new Map(users.map((user) => [user.email, user]));
  const { client } = options;

  const origin = `http://127.0.0.1:${options.port}`;
  const issuerHost = new URL(origin).host;
  const basePath = `/${region}_${poolId}`;
  const issuer = `${origin}${basePath}`;

  const keys = await loadOrCreateKeys(path.resolve(options.keysFile));
  const { Provider, errors } = await importOidcProvider();

  const cookieLong = { httpOnly: true, sameSite: "lax" as const };
  const cookieShort = { httpOnly: true, sameSite: "lax" as const };

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    jwks: keys.jwks,
    cookies: { keys: keys.cookieKeys, long: cookieLong, short: cookieShort },
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: "Worklog",
        redirect_uris: [...client.redirectUris],
        post_logout_redirect_uris: [...client.postLogoutRedirectUris],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        // client_secret_post is accepted too: oidc-provider treats the two secret methods as interchangeable.
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    responseTypes: ["code"],
    scopes: [...SCOPES],
    claims: {
      openid: ["sub", "cognito:username", "cognito:groups"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    // Put the scope claims (email, name, cognito:*) into the ID token, like Cognito does.
    conformIdTokenClaims: false,
    enabledJWA: { idTokenSigningAlgValues: ["RS256"] },
    subjectTypes: ["public"],
    pkce: { required: () => true },
    routes: {
      authorization: "/oauth2/authorize",
      token: "/oauth2/token",
      userinfo: "/oauth2/userInfo",
      jwks: "/.well-known/jwks.json",
      revocation: "/oauth2/revoke",
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: KoaContext, requester: { clientId: string }, token: { clientId?: string }) =>
          token.clientId === requester.clientId,
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContext, form: string) => {
          setHtmlHeaders(ctx);
          ctx.body = renderLogoutConfirm(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContext) => {
          setHtmlHeaders(ctx);
          ctx.body = renderMessage("Signed out", "You have been signed out of the local sign-in provider.");
        },
      },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      claimsParameter: { enabled: false },
    },
    interactions: { url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const user = usersBySub.get(sub);
      if (!user) return undefined;
      return { accountId: user.sub, claims: () => userClaims(user) };
    },
    // Implicit consent: this is a first-party client, so grant openid email profile without asking.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      const accountId = oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
      if (grantId) {
        const existing = await provider.Grant.find(grantId);
        if (existing) return existing;
      }
      if (clientId !== client.clientId) return undefined;
      const grant = new provider.Grant({ clientId, accountId });
      grant.addOIDCScope(SCOPES.join(" "));
      await grant.save();
      return grant;
    },
    issueRefreshToken: (_ctx, requester) => requester.grantTypeAllowed("refresh_token"),
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      setHtmlHeaders(ctx);
      ctx.type = "html";
      ctx.body = renderError(out);
    },
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 5 * 60,
      IdToken: 60 * 60,
      RefreshToken: 30 * 24 * 60 * 60,
      Grant: 30 * 24 * 60 * 60,
      Interaction: 60 * 60,
      Session: SESSION_TTL,
      ClientCredentials: 10 * 60,
      DeviceCode: 10 * 60,
      BackchannelAuthenticationRequest: 10 * 60,
      PreAuthorizedCode: 10 * 60,
    },
  };

  const provider: ProviderInstance = new Provider(issuer, configuration);
  // Plain HTTP on loopback: never trust X-Forwarded-* headers.
  provider.proxy = false;
  provider.on("server_error", (_ctx: KoaContext, error: Error) => {
    console.error(`Local sign-in provider error: ${error.stack ?? error.message}`);
  });
  const providerCallback = provider.callback();

  const interactionPath = new RegExp(`^${basePath}/interaction/([A-Za-z0-9_-]+)$`);

  async function autoConsent(req: IncomingMessage, res: ServerResponse): Promise<void> {
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

  async function handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) throw new errors.SessionNotFound("interaction mismatch");
    const action = `${basePath}/interaction/${interaction.uid}`;

    if (interaction.prompt.name === "consent") return autoConsent(req, res);
    if (interaction.prompt.name !== "login") {
      await provider.interactionFinished(req, res, { error: "access_denied", error_description: "unsupported prompt" });
      return;
    }

    if (req.method === "GET" || req.method === "HEAD") {
      const hint = typeof interaction.params.login_hint === "string" ? interaction.params.login_hint : undefined;
      sendHtml(res, 200, renderSignIn({ action, users, email: hint }));
      return;
    }
    if (req.method !== "POST") throw new HttpError(405, "Method not allowed.");

    const form = await readForm(req);
    const email = (form.get("email") ?? "").slice(0, 320);
    const password = form.get("password") ?? "";
    const user = usersByEmail.get(normalizeEmail(email));
    if (!user || !passwordMatches(password)) {
      sendHtml(res, 200, renderSignIn({ action, users, email, error: true }));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, amr: ["pwd"] } },
      { mergeWithLastSubmission: false },
    );
  }

  /** Cognito's `GET /logout?client_id=...&logout_uri=...`: ends the provider session, then redirects. */
  async function handleCognitoLogout(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
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
    ctx.cookies.set(provider.cookieName("session"), null, cookieLong);
    redirect(res, 302, logoutUri);
  }

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

    if (pathname === "/logout" || pathname === `${basePath}/logout`) return handleCognitoLogout(req, res, url);

    const interactionMatch = interactionPath.exec(pathname);
    if (interactionMatch?.[1]) return handleInteraction(req, res, interactionMatch[1]);

    if (pathname.startsWith(`${basePath}/`)) {
      // Mount oidc-provider under the issuer path, Express-style: it reads the mount path from originalUrl.
      Object.assign(req, { originalUrl: rawUrl });
      req.url = rawUrl.slice(basePath.length);
      return providerCallback(req, res);
    }

    throw new HttpError(404, "Not found.");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendHtml(res, error.status, renderMessage("Sign-in error (local)", error.message));
      } else if (error instanceof errors.SessionNotFound) {
        sendHtml(
          res,
          400,
          renderMessage("Sign-in expired", "This sign-in page has expired. Go back to the app and sign in again."),
        );
      } else {
        console.error(
          `Local sign-in provider error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        sendHtml(res, 500, renderMessage("Sign-in error (local)", "Something went wrong."));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Local sign-in provider: port ${options.port} is already in use`, { cause: error })
          : error,
      );
    };
    server.once("error", onError);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", onError);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  if (address.port !== options.port) throw new Error("Local sign-in provider: listening on an unexpected port");
  if (!options.quiet) console.log(`Local sign-in provider at ${issuer}`);

  let closing: Promise<void> | undefined;
  return {
    issuer,
    url: origin,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// CLI: tsx scripts/oidc-provider.ts

function optionsFromEnv(env: NodeJS.ProcessEnv): OidcProviderOptions {
  let port = Number(env.OIDC_PORT ?? 9229);
  let region: string | undefined;
  let poolId: string | undefined;

  // Auth.js reads AUTH_COGNITO_ISSUER; when it points here, follow it so both sides agree.
  const configuredIssuer = env.AUTH_COGNITO_ISSUER;
  if (configuredIssuer) {
    const match = /^http:\/\/127\.0\.0\.1:(\d+)\/([a-z0-9-]+)_([A-Za-z0-9]+)$/.exec(configuredIssuer);
    if (!match) {
      throw new Error(
        `AUTH_COGNITO_ISSUER=${configuredIssuer} is not a local issuer (expected http://127.0.0.1:<port>/<region>_<poolId>). ` +
          "Unset it to use the local sign-in provider's default.",
      );
    }
    const issuerPort = Number(match[1]);
    if (env.OIDC_PORT && issuerPort !== port) {
      throw new Error(`OIDC_PORT=${env.OIDC_PORT} does not match the port of AUTH_COGNITO_ISSUER=${configuredIssuer}`);
    }
    port = issuerPort;
    region = match[2];
    poolId = match[3];
  }

  const appOrigin = new URL(env.AUTH_URL ?? "http://localhost:3000").origin;
  const appOrigins = [appOrigin];
  // Auth.js builds its callback from the request host, so accept both loopback spellings.
  const app = new URL(appOrigin);
  if (app.hostname === "localhost") appOrigins.push(`${app.protocol}//127.0.0.1:${app.port}`);
  if (app.hostname === "127.0.0.1") appOrigins.push(`${app.protocol}//localhost:${app.port}`);

  return {
    port,
    region,
    poolId,
    keysFile: path.join(env.WORKLOG_DATA_DIR ?? ".data", "oidc", "jwks.json"),
    client: {
      clientId: env.AUTH_COGNITO_ID ?? "worklog-local",
      clientSecret: env.AUTH_COGNITO_SECRET ?? "worklog-local-secret",
      redirectUris: appOrigins.map((o) => `${o}/api/auth/callback/cognito`),
      postLogoutRedirectUris: appOrigins.flatMap((o) => [o, `${o}/`]),
    },
  };
}

async function main(): Promise<void> {
  const running = await startOidcProvider(optionsFromEnv(process.env));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Local sign-in provider: error while stopping on ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const invokedPath = process.argv[1] ? path.resolve(process.argv[1]) : undefined;
if (invokedPath === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
