import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  LOCAL_PASSWORD,
  LOCAL_USERS,
  startOidcProvider,
  type OidcProviderOptions,
  type RunningOidcProvider,
} from "../../scripts/oidc-provider";

// Drives the real authorization-code + PKCE flow over HTTP, the way a browser and Auth.js would.

const APP = "http://localhost:3000";
const CALLBACK = `${APP}/api/auth/callback/cognito`;
const CLIENT = {
  clientId: "worklog-test-client",
  clientSecret: "worklog-test-secret",
  redirectUris: [CALLBACK],
  postLogoutRedirectUris: [`${APP}/`],
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A tiny cookie jar: enough for one host; ignores paths (the provider's cookie names don't collide). */
class Browser {
  readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size)
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expires = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith("expires="));
      const expired = expires !== undefined && Date.parse(expires.slice("expires=".length)) <= Date.now();
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until a non-redirect response or a redirect to the app. */
  async navigate(url: string): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hop = 0; hop < 10; hop += 1) {
      const response = await this.fetch(current);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
      if (current.startsWith(APP)) return { url: current, response };
    }
    throw new Error("too many redirects");
  }

  async postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
  }
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  [key: string]: unknown;
}

function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorizeUrl(discovery: Discovery, params: Record<string, string>): string {
  const url = new URL(discovery.authorization_endpoint);
  const all = {
    response_type: "code",
    client_id: CLIENT.clientId,
    redirect_uri: CALLBACK,
    scope: "openid email profile",
    ...params,
  };
  for (const [key, value] of Object.entries(all)) url.searchParams.set(key, value);
  return url.href;
}

function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;
}

function decodeJwtPart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}

async function verifyIdToken(token: string, jwksUri: string): Promise<Record<string, unknown>> {
  const [header = "", payload = "", signature = ""] = token.split(".");
  const { alg, kid } = decodeJwtPart(header);
  expect(alg).toBe("RS256");
  const jwks = (await (await fetch(jwksUri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const jwk = jwks.keys.find((key) => key.kid === kid);
  expect(jwk, `kid ${String(kid)} in JWKS`).toBeDefined();
  expect(jwk?.d, "JWKS must not leak private key material").toBeUndefined();
  const key = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" });
  const valid = verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url"));
  expect(valid, "ID token signature").toBe(true);
  return decodeJwtPart(payload);
}

describe("local Cognito-like OIDC provider", () => {
  let tempDir: string;
  let port: number;
  let options: OidcProviderOptions;
  let provider: RunningOidcProvider;
  let discovery: Discovery;

  const mentor = LOCAL_USERS.find((user) => user.email === "mentor@example.com");
  if (!mentor) throw new Error("mentor demo user missing");

  /** Runs authorize → sign-in page → submit; returns the code delivered to the app callback. */
  async function signIn(browser: Browser, email: string) {
    const { verifier, challenge } = pkcePair();
    const state = randomBytes(8).toString("hex");
    const nonce = randomBytes(8).toString("hex");
    const page = await browser.navigate(
      authorizeUrl(discovery, { state, nonce, code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(page.response.status).toBe(200);
    const html = await page.response.text();
    expect(html).toContain("<title>Sign in to Worklog (local)</title>");
    const submitted = await browser.postForm(page.url, { email, password: LOCAL_PASSWORD });
    expect(submitted.status).toBe(303);
    const done = await browser.navigate(new URL(submitted.headers.get("location") ?? "", page.url).href);
    const callback = new URL(done.url);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get("state")).toBe(state);
    expect(callback.searchParams.get("iss")).toBe(provider.issuer);
    const code = callback.searchParams.get("code");
    expect(code).toBeTruthy();
    return { code: code ?? "", verifier, nonce };
  }

  async function exchange(code: string, verifier: string, auth: "basic" | "post" = "basic"): Promise<Response> {
    const body = new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    });
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (auth === "basic") headers.authorization = basicAuth(CLIENT.clientId, CLIENT.clientSecret);
    else {
      body.set("client_id", CLIENT.clientId);
      body.set("client_secret", CLIENT.clientSecret);
    }
    return fetch(discovery.token_endpoint, { method: "POST", headers, body });
  }

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "worklog-oidc-"));
    port = await freePort();
    options = { port, keysFile: path.join(tempDir, "keys", "jwks.json"), client: CLIENT, quiet: true };
    provider = await startOidcProvider(options);
    discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
  });

  afterAll(async () => {
    await provider?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it("publishes a Cognito-shaped discovery document", () => {
    const issuer = `http://127.0.0.1:${port}/us-east-1_local`;
    expect(provider.issuer).toBe(issuer);
    expect(provider.url).toBe(`http://127.0.0.1:${port}`);
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/oauth2/authorize`,
      token_endpoint: `${issuer}/oauth2/token`,
      userinfo_endpoint: `${issuer}/oauth2/userInfo`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      end_session_endpoint: `${issuer}/session/end`,
      response_types_supported: ["code"],
      code_challenge_methods_supported: ["S256"],
      id_token_signing_alg_values_supported: ["RS256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    });
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  });

  it("uses the pool id in the issuer path", async () => {
    const other = await startOidcProvider({ ...options, port: await freePort(), poolId: "worklogLocal", quiet: true });
    try {
      expect(other.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/us-east-1_worklogLocal$/);
      const doc = (await (await fetch(`${other.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
      expect(doc.issuer).toBe(other.issuer);
      expect(doc.token_endpoint).toBe(`${other.issuer}/oauth2/token`);
    } finally {
      await other.close();
    }
  });

  it("refuses an authorization request without PKCE", async () => {
    const browser = new Browser();
    const { url } = await browser.navigate(authorizeUrl(discovery, { state: "s1" }));
    const callback = new URL(url);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("code")).toBeNull();
  });

  it("shows the sign-in page and rejects a wrong password (escaping what it echoes)", async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const page = await browser.navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(page.response.status).toBe(200);
    expect(page.url).toMatch(new RegExp(`^${provider.issuer}/interaction/[\\w-]+$`));
    const html = await page.response.text();
    expect(html).toContain("<title>Sign in to Worklog (local)</title>");
    expect(html).toMatch(/<label for="email">Email<\/label>/);
    expect(html).toMatch(/<label for="password">Password<\/label>/);
    expect(html).toContain(">Sign in</button>");
    expect(html).toContain("worklog-demo");
    for (const user of LOCAL_USERS) expect(html).toContain(user.email);
    expect(html).not.toContain("Incorrect email or password.");
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!127\.0\.0\.1)/);

    const wrong = await browser.postForm(page.url, { email: "mentor@example.com", password: "nope" });
    expect(wrong.status).toBe(200);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("Incorrect email or password.");
    expect(wrongHtml).toContain('value="mentor@example.com"');

    const evil = await browser.postForm(page.url, { email: '"><script>alert(1)</script>', password: LOCAL_PASSWORD });
    const evilHtml = await evil.text();
    expect(evilHtml).toContain("Incorrect email or password.");
    expect(evilHtml).not.toContain("<script>alert(1)</script>");
    expect(evilHtml).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("speaks Vietnamese when the app asks with lang=vi (or ui_locales), like Cognito's managed login", async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const page = await browser.navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256", lang: "vi" }),
    );
    expect(page.response.status).toBe(200);
    const html = await page.response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("<title>Đăng nhập vào Worklog (cục bộ)</title>");
    expect(html).toMatch(/<label for="password">Mật khẩu<\/label>/);
    expect(html).toContain(">Đăng nhập</button>");
    expect(html).not.toContain("Sign in to Worklog");

    const wrong = await browser.postForm(page.url, { email: "mentor@example.com", password: "nope" });
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("E-mail hoặc mật khẩu không đúng.");
    expect(wrongHtml).not.toContain("Incorrect email or password.");

    const byUiLocales = await new Browser().navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256", ui_locales: "fr vi-VN" }),
    );
    expect(await byUiLocales.response.text()).toContain('<html lang="vi">');
    const english = await new Browser().navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256", lang: "en" }),
    );
    expect(await english.response.text()).toContain("<title>Sign in to Worklog (local)</title>");
  });

  it("signs mentor@example.com in and issues a signed ID token with Cognito claims", async () => {
    const browser = new Browser();
    const { code, verifier, nonce } = await signIn(browser, "Mentor@Example.com");

    const response = await exchange(code, verifier, "basic");
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: "Bearer", scope: "openid email profile" });
    expect(typeof tokens.access_token).toBe("string");
    expect(typeof tokens.refresh_token).toBe("string");

    const claims = await verifyIdToken(String(tokens.id_token), discovery.jwks_uri);
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: CLIENT.clientId,
      nonce,
      sub: mentor.sub,
      email: "mentor@example.com",
      email_verified: true,
      name: "Phạm Quốc Dũng",
      "cognito:username": mentor.sub,
      "cognito:groups": ["mentors"],
    });
    expect(mentor.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const userInfo = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${String(tokens.access_token)}` },
    });
    expect(userInfo.status).toBe(200);
    expect(await userInfo.json()).toMatchObject({
      sub: mentor.sub,
      email: "mentor@example.com",
      name: "Phạm Quốc Dũng",
      "cognito:groups": ["mentors"],
    });

    const refreshed = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: basicAuth(CLIENT.clientId, CLIENT.clientSecret),
      },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) }),
    });
    expect(refreshed.status).toBe(200);
    const refreshedClaims = await verifyIdToken(
      String(((await refreshed.json()) as { id_token: string }).id_token),
      discovery.jwks_uri,
    );
    expect(refreshedClaims["cognito:groups"]).toEqual(["mentors"]);

    // A code is single-use; replaying it revokes what it issued.
    expect((await exchange(code, verifier)).status).toBe(400);
    const afterReplay = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${String(tokens.access_token)}` },
    });
    expect(afterReplay.status).toBe(401);
  });

  it("rejects a wrong verifier or client secret, and accepts client_secret_post", async () => {
    const browser = new Browser();
    const first = await signIn(browser, "intern@example.com");
    expect((await exchange(first.code, pkcePair().verifier)).status).toBe(400);

    // Signed in already: the next authorization is silent (single sign-on), no sign-in page.
    const { verifier, challenge } = pkcePair();
    const silent = await browser.navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256" }),
    );
    const code = new URL(silent.url).searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const badSecret = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: basicAuth(CLIENT.clientId, "wrong"),
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: CALLBACK,
        code_verifier: verifier,
      }),
    });
    expect(badSecret.status).toBe(401);
    expect(await badSecret.json()).toMatchObject({ error: "invalid_client" });

    const third = await signIn(new Browser(), "intern@example.com");
    const response = await exchange(third.code, third.verifier, "post");
    expect(response.status).toBe(200);
    const claims = await verifyIdToken(
      String(((await response.json()) as { id_token: string }).id_token),
      discovery.jwks_uri,
    );
    expect(claims).toMatchObject({ email: "intern@example.com", name: "Nguyễn Văn An", "cognito:groups": ["interns"] });
  });

  it("grants consent implicitly, even when the app asks with prompt=consent", async () => {
    const browser = new Browser();
    await signIn(browser, "intern2@example.com");
    const { verifier, challenge } = pkcePair();
    const { url } = await browser.navigate(
      authorizeUrl(discovery, { prompt: "consent", code_challenge: challenge, code_challenge_method: "S256" }),
    );
    const code = new URL(url).searchParams.get("code");
    expect(code, `expected a code at ${url}`).toBeTruthy();
    const response = await exchange(code ?? "", verifier);
    expect(response.status).toBe(200);
    const claims = await verifyIdToken(
      String(((await response.json()) as { id_token: string }).id_token),
      discovery.jwks_uri,
    );
    expect(claims).toMatchObject({ email: "intern2@example.com", name: "Trần Thị Bình" });
  });

  it("leaves cognito:groups out for a user in no group, like Cognito", async () => {
    const { code, verifier } = await signIn(new Browser(), "nogroup@example.com");
    const response = await exchange(code, verifier);
    const claims = await verifyIdToken(
      String(((await response.json()) as { id_token: string }).id_token),
      discovery.jwks_uri,
    );
    expect(claims.email).toBe("nogroup@example.com");
    expect(claims).not.toHaveProperty("cognito:groups");
  });

  it("Cognito-style /logout ends the session and redirects only to an allowed logout_uri", async () => {
    const browser = new Browser();
    const { code, verifier } = await signIn(browser, "admin@example.com");
    const tokens = (await (await exchange(code, verifier)).json()) as { access_token: string };
    expect(browser.cookies.has("_session")).toBe(true);

    const refused = await browser.fetch(
      `${provider.url}/logout?${new URLSearchParams({ client_id: CLIENT.clientId, logout_uri: "https://evil.example/" })}`,
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain("evil.example");
    const wrongClient = await browser.fetch(
      `${provider.url}/logout?${new URLSearchParams({ client_id: "other", logout_uri: `${APP}/` })}`,
    );
    expect(wrongClient.status).toBe(400);
    expect(browser.cookies.has("_session")).toBe(true);

    const logout = await browser.fetch(
      `${provider.url}/logout?${new URLSearchParams({ client_id: CLIENT.clientId, logout_uri: `${APP}/` })}`,
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get("location")).toBe(`${APP}/`);
    expect(browser.cookies.has("_session")).toBe(false);

    // The session's tokens are gone and the next authorization asks for credentials again.
    const userInfo = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userInfo.status).toBe(401);
    const { challenge } = pkcePair();
    const again = await browser.navigate(
      authorizeUrl(discovery, { code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(again.response.status).toBe(200);
    expect(await again.response.text()).toContain("Sign in to Worklog (local)");

    // Also served under the issuer path.
    const underIssuer = await fetch(
      `${provider.issuer}/logout?${new URLSearchParams({ client_id: CLIENT.clientId, logout_uri: `${APP}/` })}`,
      { redirect: "manual" },
    );
    expect(underIssuer.status).toBe(302);
  });

  it("keeps oidc-provider's own end_session endpoint working", async () => {
    const browser = new Browser();
    await signIn(browser, "intern2@example.com");
    const confirm = await browser.fetch(
      `${discovery.end_session_endpoint}?${new URLSearchParams({ client_id: CLIENT.clientId, post_logout_redirect_uri: `${APP}/` })}`,
    );
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)">/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(action && xsrf).toBeTruthy();
    const done = await browser.postForm(action ?? "", { xsrf: xsrf ?? "", logout: "yes" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${APP}/`);
    expect(browser.cookies.has("_session")).toBe(false);
  });

  it("creates the keys file once and reuses it on restart", async () => {
    const file = options.keysFile;
    const before = await readFile(file, "utf8");
    const mode = (await stat(file)).mode & 0o777;
    expect(mode).toBe(0o600);
    const kid = (JSON.parse(before) as { keys: { kid: string }[] }).keys[0]?.kid;
    expect(kid).toBeTruthy();
    const served = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string }[] };
    expect(served.keys.map((key) => key.kid)).toEqual([kid]);

    await provider.close();
    provider = await startOidcProvider(options);
    expect(await readFile(file, "utf8")).toBe(before);
    const again = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string }[] };
    expect(again.keys.map((key) => key.kid)).toEqual([kid]);

    // Same key and same cookie keys: the restarted provider issues tokens that verify against the old kid.
    const { code, verifier } = await signIn(new Browser(), "intern3@example.com");
    const claims = await verifyIdToken(
      String(((await (await exchange(code, verifier)).json()) as { id_token: string }).id_token),
      discovery.jwks_uri,
    );
    expect(claims.name).toBe("Lê Minh Châu");
  });

  it("refuses to serve an app anywhere but this machine (its people have a public password)", async () => {
    for (const uri of ["https://worklog.example.com/api/auth/callback/cognito", "http://10.0.0.5:3000/x"]) {
      const client = { ...CLIENT, redirectUris: [uri] };
      await expect(startOidcProvider({ ...options, client, port: await freePort() })).rejects.toThrow(
        /serves only an app on this machine/,
      );
      const loggingOut = { ...CLIENT, postLogoutRedirectUris: [uri] };
      await expect(startOidcProvider({ ...options, client: loggingOut, port: await freePort() })).rejects.toThrow(
        /serves only an app on this machine/,
      );
    }
  });

  it("refuses to start with NODE_ENV=production unless explicitly allowed", async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, WORKLOG_ALLOW_LOCAL_OIDC: process.env.WORKLOG_ALLOW_LOCAL_OIDC };
    const env = process.env as Record<string, string | undefined>;
    try {
      env.NODE_ENV = "production";
      delete env.WORKLOG_ALLOW_LOCAL_OIDC;
      await expect(startOidcProvider({ ...options, port: await freePort() })).rejects.toThrow(/NODE_ENV=production/);

      const allowed = await startOidcProvider({ ...options, port: await freePort(), allowInProduction: true });
      await allowed.close();

      env.WORKLOG_ALLOW_LOCAL_OIDC = "1";
      const allowedByEnv = await startOidcProvider({ ...options, port: await freePort() });
      await allowedByEnv.close();
    } finally {
      env.NODE_ENV = saved.NODE_ENV;
      if (saved.WORKLOG_ALLOW_LOCAL_OIDC === undefined) delete env.WORKLOG_ALLOW_LOCAL_OIDC;
      else env.WORKLOG_ALLOW_LOCAL_OIDC = saved.WORKLOG_ALLOW_LOCAL_OIDC;
    }
  });
});
