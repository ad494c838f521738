// oidc-provider set up like an Amazon Cognito user pool: one confidential client, Cognito's endpoint
// paths and claims, RS256, PKCE required, implicit consent for the first-party client, and the
// provider's own pages (sign-out confirmation, errors) in the look of the hosted sign-in page.
import type { Configuration, KoaContext, Provider as ProviderInstance } from "oidc-provider";

import { createMemoryAdapter } from "./adapter";
import type { ProviderKeys } from "./keys";
import { HTML_HEADERS, renderError, renderLogoutConfirm, renderMessage } from "./pages";
import type { Directory } from "./directory";
import { userClaims } from "./users";
import { browserLanguage, requestedLanguage, WORDS } from "./words";

export interface LocalOidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export const SCOPES = ["openid", "email", "profile"] as const;

/** The session cookie's options; signing out clears the cookie with the same ones. */
export const SESSION_COOKIE = { httpOnly: true, sameSite: "lax" as const };
const SHORT_COOKIE = { httpOnly: true, sameSite: "lax" as const };

const SESSION_TTL = 24 * 60 * 60;

const TTL: Configuration["ttl"] = {
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
};

function setHtmlHeaders(ctx: KoaContext): void {
  for (const [name, value] of Object.entries(HTML_HEADERS)) ctx.set(name, value);
}

/** The language of one of oidc-provider's own pages: the request's `lang` when it has one, else the browser's. */
function pageLanguage(ctx: KoaContext) {
  return requestedLanguage(ctx.oidc?.params ?? {}) ?? browserLanguage(ctx.get("accept-language"));
}

const FEATURES: Configuration["features"] = {
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
      ctx.body = renderLogoutConfirm(pageLanguage(ctx), form);
    },
    postLogoutSuccessSource: async (ctx: KoaContext) => {
      setHtmlHeaders(ctx);
      const lang = pageLanguage(ctx);
      ctx.body = renderMessage(lang, WORDS[lang].signedOutTitle, WORDS[lang].signedOut);
    },
  },
  dPoP: { enabled: false },
  pushedAuthorizationRequests: { enabled: false },
  resourceIndicators: { enabled: false },
  claimsParameter: { enabled: false },
};

/** Implicit consent: this is a first-party client, so grant openid email profile without asking. */
async function existingOrImplicitGrant(provider: ProviderInstance, ourClientId: string, ctx: KoaContext) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  const accountId = oidc.session?.accountId;
  if (!clientId || !accountId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
  if (grantId) {
    const existing = await provider.Grant.find(grantId);
    if (existing) return existing;
  }
  if (clientId !== ourClientId) return undefined;
  const grant = new provider.Grant({ clientId, accountId });
  grant.addOIDCScope(SCOPES.join(" "));
  await grant.save();
  return grant;
}

export function createProvider(
  Provider: typeof ProviderInstance,
  options: {
    issuer: string;
    basePath: string;
    client: LocalOidcClient;
    directory: Directory;
    keys: ProviderKeys;
  },
): ProviderInstance {
  const { client, basePath } = options;
  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    jwks: options.keys.jwks,
    cookies: { keys: options.keys.cookieKeys, long: SESSION_COOKIE, short: SHORT_COOKIE },
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
    // Cognito's managed login takes the page's language as `lang` on /oauth2/authorize.
    extraParams: ["lang"],
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
    features: FEATURES,
    interactions: { url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const user = options.directory.bySub(sub);
      if (!user) return undefined;
      return { accountId: user.sub, claims: () => userClaims(user) };
    },
    loadExistingGrant: (ctx) => existingOrImplicitGrant(provider, client.clientId, ctx),
    issueRefreshToken: (_ctx, requester) => requester.grantTypeAllowed("refresh_token"),
    clientBasedCORS: () => false,
    renderError: (ctx, out) => {
      setHtmlHeaders(ctx);
      ctx.type = "html";
      ctx.body = renderError(pageLanguage(ctx), out);
    },
    ttl: TTL,
  };

  const provider: ProviderInstance = new Provider(options.issuer, configuration);
  // Plain HTTP on loopback: never trust X-Forwarded-* headers.
  provider.proxy = false;
  provider.on("server_error", (_ctx: KoaContext, error: Error) => {
    console.error(`Local sign-in provider error: ${error.stack ?? error.message}`);
  });
  return provider;
}
