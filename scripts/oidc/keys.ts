import { createHash, createPrivateKey, generateKeyPairSync, hkdfSync, randomBytes } from "node:crypto";
import { mkdir, readFile, link, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/);

const rsaPrivateJwk = z.looseObject({
  kty: z.literal("RSA"),
  kid: z.string().min(1),
  alg: z.literal("RS256"),
  use: z.literal("sig"),
  n: b64url,
  e: b64url,
  d: b64url,
  p: b64url,
  q: b64url,
  dp: b64url,
  dq: b64url,
  qi: b64url,
});

const keysFileSchema = z.looseObject({
  keys: z.array(rsaPrivateJwk).min(1),
});

export type RsaPrivateJwk = z.infer<typeof rsaPrivateJwk>;

export interface ProviderKeys {
  /** Private JWKS for oidc-provider (it publishes only the public parts). */
  jwks: { keys: RsaPrivateJwk[] };
  /** The kid of the current signing key. */
  kid: string;
  /** Keys for oidc-provider's signed cookies, derived from the signing key. */
  cookieKeys: string[];
  /** True when this call generated the file. */
  created: boolean;
}

/** RFC 7638 JWK thumbprint of an RSA key, used as its kid. */
function thumbprint(jwk: { e: string; n: string }): string {
  return createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: "RSA", n: jwk.n }))
    .digest("base64url");
}

function generateJwk(): RsaPrivateJwk {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  const parsed = rsaPrivateJwk.parse({ ...jwk, alg: "RS256", use: "sig", kid: "pending" });
  return { ...parsed, kid: thumbprint(parsed) };
}

function toProviderKeys(keys: RsaPrivateJwk[], created: boolean): ProviderKeys {
  const [current] = keys;
  if (!current) throw new Error("keys file holds no key");
  // Cookie signing keys are derived from the signing key, so the file stays the single secret.
  const cookieKey = Buffer.from(
    hkdfSync("sha256", Buffer.from(current.d, "base64url"), "worklog-local-oidc", "cookie-keys", 32),
  ).toString("base64url");
  return { jwks: { keys }, kid: current.kid, cookieKeys: [cookieKey], created };
}

async function readKeysFile(file: string): Promise<ProviderKeys> {
  const text = await readFile(file, "utf8");
  let parsed: z.infer<typeof keysFileSchema>;
  try {
    parsed = keysFileSchema.parse(JSON.parse(text));
    for (const key of parsed.keys) createPrivateKey({ key, format: "jwk" });
  } catch (cause) {
    throw new Error(
      `Local sign-in provider: the keys file ${file} is not a valid RS256 JWKS. Delete it to generate a new one.`,
      { cause },
    );
  }
  return toProviderKeys(parsed.keys, false);
}

/**
 * Loads the RS256 signing keys from `file`, generating the file (mode 0600) on first use.
 * Creation is atomic: concurrent starts agree on one key.
 */
export async function loadOrCreateKeys(file: string): Promise<ProviderKeys> {
  try {
    return await readKeysFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  await mkdir(path.dirname(file), { recursive: true });
  const jwk = generateJwk();
  const body = {
    description:
      "Signing keys of the local development sign-in provider (scripts/oidc-provider.ts). Not for production.",
    keys: [jwk],
  };
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(temp, file); // fails with EEXIST if another process won the race
    return toProviderKeys([jwk], true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return await readKeysFile(file);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
