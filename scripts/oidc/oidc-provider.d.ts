// Minimal type declarations for `oidc-provider` 9.x, which ships no TypeScript types.
// They cover only what scripts/oidc-provider.ts and scripts/oidc/ use; extend them when you use more of the API.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type UnknownObject = Record<string, unknown>;

  export interface CookieOptions {
    path?: string;
    domain?: string;
    httpOnly?: boolean;
    sameSite?: "lax" | "strict" | "none" | boolean;
    secure?: boolean;
    signed?: boolean;
    maxAge?: number;
    overwrite?: boolean;
  }

  export interface Cookies {
    get(name: string, options?: CookieOptions): string | undefined;
    set(name: string, value: string | null, options?: CookieOptions): this;
    secure?: boolean;
  }

  export interface KoaContext {
    req: IncomingMessage;
    res: ServerResponse;
    cookies: Cookies;
    secure: boolean;
    host: string;
    status: number;
    type: string;
    body: unknown;
    oidc: OIDCContext;
    get(field: string): string;
    set(field: string, value: string): void;
  }

  export interface OIDCContext {
    readonly issuer: string;
    readonly client?: Client;
    readonly session?: Session;
    readonly result?: InteractionResults;
    readonly params?: UnknownObject;
    urlFor(name: string, options?: UnknownObject): string;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientName?: string;
    grantTypeAllowed(grantType: string): boolean;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    id_token_signed_response_alg?: string;
    [key: string]: unknown;
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(
      use: string,
      scope: string,
      claims: UnknownObject,
      rejected: string[],
    ): AccountClaims | Promise<AccountClaims>;
  }

  export interface PromptDetail {
    name: "login" | "consent" | (string & {});
    reasons: string[];
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
      [key: string]: unknown;
    };
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean; ts?: number; amr?: string[]; acr?: string };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
    [key: string]: unknown;
  }

  export interface Interaction {
    readonly uid: string;
    readonly jti: string;
    readonly prompt: PromptDetail;
    readonly params: UnknownObject & { client_id?: string; scope?: string };
    readonly session?: { accountId?: string; uid?: string; cookie?: string };
    readonly grantId?: string;
    readonly returnTo: string;
    readonly exp: number;
  }

  export interface Grant {
    readonly jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string | string[] | Set<string>): void;
    addOIDCClaims(claims: string[] | Set<string>): void;
    addResourceScope(resource: string, scope: string): void;
    save(ttl?: number): Promise<string>;
  }

  export interface GrantStatic {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
    readonly adapter: Adapter;
  }

  export interface Session {
    readonly uid: string;
    readonly jti: string;
    readonly new?: boolean;
    accountId?: string;
    authorizations?: Record<string, { grantId?: string; sid?: string; persistsLogout?: boolean }>;
    grantIdFor(clientId: string): string | undefined;
    destroy(): Promise<void>;
  }

  export interface SessionStatic {
    get(ctx: KoaContext): Promise<Session>;
    find(id: string): Promise<Session | undefined>;
  }

  export interface TokenStatic {
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface AdapterPayload {
    jti?: string;
    uid?: string;
    grantId?: string;
    userCode?: string;
    consumed?: number;
    [key: string]: unknown;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type AdapterFactory = (modelName: string) => Adapter;

  export type TTLValue = number | ((ctx: KoaContext, token: never, client: never) => number);

  export interface Configuration {
    adapter?: AdapterFactory;
    clients?: ClientMetadata[];
    claims?: Record<string, string[] | null>;
    clientAuthMethods?: string[];
    clientBasedCORS?: (ctx: KoaContext, origin: string, client: Client) => boolean;
    conformIdTokenClaims?: boolean;
    cookies?: {
      keys?: string[];
      long?: CookieOptions;
      short?: CookieOptions;
      names?: { session?: string; interaction?: string; resume?: string };
    };
    enabledJWA?: Record<string, string[]>;
    extraParams?: string[];
    features?: Record<string, UnknownObject>;
    findAccount?: (ctx: KoaContext, sub: string, token?: unknown) => Promise<Account | undefined>;
    interactions?: { url?: (ctx: KoaContext, interaction: Interaction) => string | Promise<string> };
    issueRefreshToken?: (ctx: KoaContext, client: Client, code: unknown) => boolean | Promise<boolean>;
    jwks?: { keys: UnknownObject[] };
    loadExistingGrant?: (ctx: KoaContext) => Promise<Grant | undefined>;
    pkce?: { required?: (ctx: KoaContext, client: Client) => boolean };
    renderError?: (ctx: KoaContext, out: Record<string, string>, error: Error) => void | Promise<void>;
    responseTypes?: string[];
    routes?: Record<string, string>;
    scopes?: string[];
    subjectTypes?: string[];
    ttl?: Record<string, TTLValue>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    keys?: string[];
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    createContext(req: IncomingMessage, res: ServerResponse): KoaContext;
    cookieName(type: "session" | "interaction" | "resume"): string;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: never[]) => void): this;
    readonly Grant: GrantStatic;
    readonly Session: SessionStatic;
    readonly AccessToken: TokenStatic;
    readonly AuthorizationCode: TokenStatic;
    readonly RefreshToken: TokenStatic;
    readonly Client: { find(id: string): Promise<Client | undefined> };
  }

  export const errors: {
    SessionNotFound: new (description?: string) => Error;
    OIDCProviderError: new (status: number, message: string) => Error & { status: number; error: string };
    [name: string]: unknown;
  };

  export default Provider;
}
