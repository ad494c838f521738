// A minimal HTTP "browser" for the bench: a cookie jar per host, manual redirects, and the real
// sign-in flow (the app's sign-in form → the local Cognito-like provider's hosted page → the
// callback), as a browser without JavaScript does it. The session cookie it ends with is what the
// load runs send.
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";

const MAX_REDIRECTS = 20;

function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** The first form of a page whose HTML contains `marker`: its action and its inputs' names and values. */
export function readForm(html: string, marker: string): { action: string | undefined; fields: [string, string][] } {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/gi) ?? [];
  const form = forms.find((f) => f.includes(marker));
  if (!form) throw new Error(`No form containing ${JSON.stringify(marker)} on the page.`);
  const fields: [string, string][] = [];
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, "name");
    if (name) fields.push([name, attribute(input, "value") ?? ""]);
  }
  return { action: attribute(form.match(/<form\b[^>]*>/i)![0], "action"), fields };
}

export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** `address` travels as X-Forwarded-For to the app: each simulated user comes from their own address. */
  constructor(
    readonly appOrigin: string,
    readonly address: string,
  ) {}

  cookieHeader(origin = this.appOrigin): string {
    const cookies = this.jar.get(new URL(origin).host);
    return cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") : "";
  }

  private store(url: URL, response: Response): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    this.jar.set(url.host, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = "", val = ""] = a.trim().split("=");
        if (key.toLowerCase() === "max-age") return Number(val) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(val) < Date.now();
        return false;
      });
      if (expired || value === "") cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.appOrigin);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target.origin);
    if (cookie) headers.set("cookie", cookie);
    if (target.origin === this.appOrigin) headers.set("x-forwarded-for", this.address);
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    this.store(target, response);
    return response;
  }

  /**
   * Follows redirects (as GET) until `stop` says the location is where we wanted to go (not
   * requested), or until a page answers (the provider's sign-in page: returned unread).
   */
  async follow(start: Response, from: URL, stop: (location: URL) => boolean): Promise<{ url: URL; page?: Response }> {
    let response = start;
    let url = from;
    for (let hops = 0; hops < MAX_REDIRECTS; hops++) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`Sign-in stopped at ${url.pathname} with HTTP ${response.status}.`);
      }
      await response.arrayBuffer();
      url = new URL(location, url);
      if (stop(url)) return { url };
      response = await this.request(url);
      if (response.status === 200) return { url, page: response };
    }
    throw new Error("Too many redirects while signing in.");
  }

  /** Signs in through the app's sign-in page and the provider's hosted page; returns the viewer's email as the app sees it. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
    const signInUrl = new URL("/sign-in?callbackUrl=%2Fbench%2Ffloor", this.appOrigin);
    const page = await this.request(signInUrl);
    if (page.status !== 200) throw new Error(`GET /sign-in answered ${page.status}.`);
    const form = readForm(await page.text(), "$ACTION_ID_");
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, value);
    const posted = await this.request(signInUrl, { method: "POST", body, headers: { origin: this.appOrigin } });
    const app = new URL(this.appOrigin);
    const landed = (location: URL) => location.host === app.host && !location.pathname.startsWith("/api/auth");
    const at = await this.follow(posted, signInUrl, landed);
    if (at.page) {
      // The provider's hosted sign-in page: fill it in, as a user would.
      const login = readForm(await at.page.text(), 'name="password"');
      const submit = new URL(login.action ?? at.url.pathname, at.url);
      const done = await this.request(submit, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password }),
      });
      const back = await this.follow(done, submit, landed);
      if (back.page) throw new Error(`Signing in as ${email} stopped at ${back.url.pathname} (wrong password?).`);
    }
    const session = await this.request("/api/auth/session");
    const json = (await session.json()) as { user?: { email?: string } } | null;
    if (!json?.user?.email) throw new Error(`Signing in as ${email} did not give a session.`);
    return json.user.email;
  }
}
