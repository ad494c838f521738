// Local sign-in for `npm start` and the tests: the Cognito-like provider plus the settings the app
// needs to use it. Secrets are generated once per data directory and kept there (0600).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startOidcProvider, type RunningOidcProvider } from "../oidc-provider.ts";

export const LOCAL_CLIENT_ID = "worklog-local";

interface LocalSecrets {
  authSecret: string;
  clientSecret: string;
}

function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "local-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets = {
    authSecret: randomBytes(33).toString("base64"),
    clientSecret: randomBytes(24).toString("base64url"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Starts the local provider unless a real Cognito is configured (AUTH_COGNITO_ISSUER set), and
 * then fills in the AUTH_* settings the app reads. Returns the provider to stop, if one was started.
 */
export async function startLocalAuth(options: {
  dataDir: string;
  appUrl: string;
  oidcPort: number;
}): Promise<RunningOidcProvider | null> {
  // With a real Cognito configured, every AUTH_* setting must come from the environment.
  if (process.env.AUTH_COGNITO_ISSUER) return null;
  const partial = ["AUTH_COGNITO_ID", "AUTH_COGNITO_SECRET", "AUTH_COGNITO_DOMAIN"].filter((name) => process.env[name]);
  if (partial.length > 0) {
    throw new Error(
      `${partial.join(", ")} set without AUTH_COGNITO_ISSUER: set all of Cognito's settings to use it, or none to use the local sign-in provider.`,
    );
  }
  const publicUrl = process.env.AUTH_URL ? new URL(process.env.AUTH_URL) : null;
  if (publicUrl && !["localhost", "127.0.0.1", "[::1]"].includes(publicUrl.hostname)) {
    throw new Error(
      `AUTH_URL=${publicUrl.origin} is not this machine, but no Cognito is set (AUTH_COGNITO_ISSUER): the local sign-in provider, with its public demo password, serves only localhost. Configure Cognito (README.md).`,
    );
  }
  const secrets = localSecrets(options.dataDir);
  process.env.AUTH_URL ||= options.appUrl;
  process.env.AUTH_SECRET ||= secrets.authSecret;
  const provider = await startOidcProvider({
    port: options.oidcPort,
    keysFile: path.join(options.dataDir, "oidc", "jwks.json"),
    client: {
      clientId: LOCAL_CLIENT_ID,
      clientSecret: secrets.clientSecret,
      redirectUris: [`${options.appUrl}/api/auth/callback/cognito`],
      postLogoutRedirectUris: [`${options.appUrl}/signed-out`],
    },
  });
  process.env.AUTH_COGNITO_ID = LOCAL_CLIENT_ID;
  process.env.AUTH_COGNITO_SECRET = secrets.clientSecret;
  process.env.AUTH_COGNITO_ISSUER = provider.issuer;
  process.env.AUTH_COGNITO_DOMAIN = provider.url;
  return provider;
}
