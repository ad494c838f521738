import "server-only";
// Asking the identity provider (Cognito, or the local Cognito-like provider) whether a sign-in still
// stands: a refresh-token grant at its token endpoint. Confirmed: the person's groups as they are now
// (from the new ID token, verified against the provider's keys). Refused (token revoked, user
// disabled): the session must end. Unreachable: try again later; the session lives on to its end.
import { createRemoteJWKSet, jwtVerify } from "jose";
import { env } from "./env";
import { log } from "./logger";

export type ProviderCheck =
  | { kind: "confirmed"; subject: string; groups: string[]; refreshToken?: string }
  | { kind: "refused" }
  | { kind: "unreachable" };

interface Metadata {
  token_endpoint: string;
  jwks_uri: string;
}

const TIMEOUT_MS = 5_000;
const cache = globalThis as unknown as {
  worklogProvider?: { issuer: string; metadata: Promise<Metadata>; keys?: ReturnType<typeof createRemoteJWKSet> };
};

function provider(issuer: string) {
  if (cache.worklogProvider?.issuer !== issuer) {
    const metadata = fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
      .then((response) => {
        if (!response.ok) throw new Error(`discovery answered ${response.status}`);
        return response.json() as Promise<Metadata>;
      })
      .catch((error: unknown) => {
        cache.worklogProvider = undefined; // asked again next time
        throw error;
      });
    cache.worklogProvider = { issuer, metadata };
  }
  return cache.worklogProvider!;
}

export async function refreshSignIn(refreshToken: string): Promise<ProviderCheck> {
  const settings = env();
  try {
    const known = provider(settings.AUTH_COGNITO_ISSUER);
    const metadata = await known.metadata;
    const response = await fetch(metadata.token_endpoint, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${encodeURIComponent(settings.AUTH_COGNITO_ID)}:${encodeURIComponent(settings.AUTH_COGNITO_SECRET)}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as {
      error?: string;
      id_token?: string;
      refresh_token?: string;
    };
    if (response.status === 400 && body.error === "invalid_grant") return { kind: "refused" };
    if (!response.ok || typeof body.id_token !== "string") {
      log.warn({ event: "session.check-failed", status: response.status, error: body.error }, "provider check failed");
      return { kind: "unreachable" };
    }
    known.keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
    const { payload } = await jwtVerify(body.id_token, known.keys, {
      issuer: settings.AUTH_COGNITO_ISSUER,
      audience: settings.AUTH_COGNITO_ID,
    });
    const groups = payload["cognito:groups"];
    return {
      kind: "confirmed",
      subject: String(payload.sub),
      groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === "string") : [],
      ...(typeof body.refresh_token === "string" ? { refreshToken: body.refresh_token } : {}),
    };
  } catch (error) {
    log.warn({ event: "session.check-failed", err: { name: (error as Error | null)?.name } }, "provider unreachable");
    return { kind: "unreachable" };
  }
}
