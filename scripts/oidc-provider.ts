/**
 * Local, Cognito-like OpenID Connect provider for development and tests.
 *
 *   tsx scripts/oidc-provider.ts
 *
 * Serves an issuer shaped like an Amazon Cognito user pool (`http://127.0.0.1:<port>/<region>_<poolId>`)
 * with Cognito's endpoint paths, a small hosted-UI-like sign-in page listing the demo users, and Cognito's
 * `/logout` endpoint. Built on oidc-provider; never meant for production (it refuses to start there).
 * Here: the options, the checks before starting, and the server's start and stop; oidc-provider's
 * configuration is in scripts/oidc/configuration.ts, the routes (sign-in page, `/logout`) in scripts/oidc/routes.ts.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { createProvider, SCOPES, type LocalOidcClient } from "./oidc/configuration";
import { createDirectory } from "./oidc/directory";
import { loadOrCreateKeys } from "./oidc/keys";
import { providerRoutes } from "./oidc/routes";
import {
  LOCAL_PASSWORD,
  LOCAL_USERS,
  localSub,
  resolveUsers,
  type LocalUser,
  type ResolvedLocalUser,
} from "./oidc/users";

export { LOCAL_PASSWORD, LOCAL_USERS, localSub, SCOPES };
export type { LocalOidcClient, LocalUser, ResolvedLocalUser };

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

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * The local provider signs anyone in as any demo user with a public password: it serves only an app
 * on this machine (every redirect to a loopback address), never a deployment.
 */
function assertLoopbackOnly(client: LocalOidcClient): void {
  for (const uri of [...client.redirectUris, ...client.postLogoutRedirectUris]) {
    if (!LOOPBACK.has(new URL(uri).hostname)) {
      throw new Error(
        `Refusing to start the local sign-in provider for ${new URL(uri).origin}: it serves only an app on this machine (localhost). Use Amazon Cognito for anything else (README.md).`,
      );
    }
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

/** Listens on the provider's fixed port (its issuer names it), or says why not. */
async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Local sign-in provider: port ${port} is already in use`, { cause: error })
          : error,
      );
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  if (address.port !== port) throw new Error("Local sign-in provider: listening on an unexpected port");
}

/**
 * Starts the provider and resolves once it is listening.
 * Throws when NODE_ENV=production (unless allowed), when the port is taken, or when the keys file is invalid.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  assertAllowedToStart(options);
  assertLoopbackOnly(options.client);
  const { region, poolId } = validateOptions(options);

  const users = resolveUsers(options.users ?? LOCAL_USERS);
  const { client } = options;

  const origin = `http://127.0.0.1:${options.port}`;
  const basePath = `/${region}_${poolId}`;
  const issuer = `${origin}${basePath}`;

  const keys = await loadOrCreateKeys(path.resolve(options.keysFile));
  const { Provider, errors } = await importOidcProvider();
  const directory = createDirectory(users);
  const provider = createProvider(Provider, { issuer, basePath, client, directory, keys });

  const server = createServer(providerRoutes({ provider, errors, client, directory, origin, basePath }));
  await listen(server, options.port, options.host ?? "127.0.0.1");
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
