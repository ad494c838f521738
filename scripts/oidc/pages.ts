import { LOCAL_PASSWORD, type ResolvedLocalUser } from "./users";
import { WORDS, type ProviderLanguage } from "./words";

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Headers for every HTML page of the provider. Inline CSS only; no scripts, no external assets. */
export const HTML_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

const STYLE = `
  :root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --brand: #0f766e; --brand-dark: #115e59; --bad: #b91c1c; }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 24px;
    font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    color: var(--ink); background: #f3f4f6; }
  main { width: 100%; max-width: 400px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 28px; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
  h1 { font-size: 1.25rem; margin: 0 0 4px; }
  .sub { color: var(--muted); margin: 0 0 20px; font-size: .9rem; }
  label { display: block; font-weight: 600; font-size: .875rem; margin: 14px 0 6px; }
  input { width: 100%; padding: 10px 12px; font: inherit; border: 1px solid #d1d5db; border-radius: 8px; }
  input:focus { outline: 2px solid var(--brand); outline-offset: 1px; border-color: var(--brand); }
  button, .button { display: inline-block; width: 100%; margin-top: 20px; padding: 10px 12px; font: inherit; font-weight: 600;
    color: #fff; background: var(--brand); border: 0; border-radius: 8px; cursor: pointer; text-align: center; text-decoration: none; }
  button:hover, .button:hover { background: var(--brand-dark); }
  button.secondary { color: var(--ink); background: #fff; border: 1px solid #d1d5db; margin-top: 10px; }
  .error { margin: 0 0 4px; padding: 10px 12px; color: var(--bad); background: #fef2f2; border: 1px solid #fecaca; border-radius: 8px; }
  .demo { margin-top: 16px; padding: 16px 18px; background: #fffbeb; border: 1px solid #fde68a; border-radius: 12px; font-size: .875rem; }
  .demo h2 { font-size: .9rem; margin: 0 0 8px; }
  .demo ul { margin: 0; padding: 0; list-style: none; }
  .demo li { padding: 4px 0; border-top: 1px solid #fde68a; display: flex; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
  .demo li:first-child { border-top: 0; }
  .demo .groups { color: var(--muted); }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
  footer { margin-top: 14px; text-align: center; color: var(--muted); font-size: .8rem; }
`;

function layout(lang: ProviderLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer>${escapeHtml(WORDS[lang].footer)}</footer>
</main>
</body>
</html>
`;
}

export function renderSignIn(options: {
  lang: ProviderLanguage;
  action: string;
  users: readonly ResolvedLocalUser[];
  email?: string;
  error?: boolean;
}): string {
  const { lang } = options;
  const words = WORDS[lang];
  const demoUsers = options.users
    .map(
      (user) =>
        `<li><span><code>${escapeHtml(user.email)}</code> ${escapeHtml(user.name)}</span>` +
        `<span class="groups">${user.groups.length ? escapeHtml(user.groups.join(", ")) : escapeHtml(words.noGroup)}</span></li>`,
    )
    .join("\n");
  return layout(
    lang,
    words.signInTitle,
    `<div class="card">
<h1>${escapeHtml(words.signInTitle)}</h1>
<p class="sub">${escapeHtml(words.signInHint)}</p>
${options.error ? `<p class="error" role="alert">${escapeHtml(words.wrongPassword)}</p>` : ""}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="on">
<label for="email">${escapeHtml(words.email)}</label>
<input id="email" name="email" type="email" autocomplete="username" required${options.email ? "" : " autofocus"} value="${escapeHtml(options.email ?? "")}">
<label for="password">${escapeHtml(words.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.email ? " autofocus" : ""}>
<button type="submit">${escapeHtml(words.signIn)}</button>
</form>
</div>
<section class="demo" aria-labelledby="demo-title">
<h2 id="demo-title">${escapeHtml(words.demoUsers)} <code>${escapeHtml(LOCAL_PASSWORD)}</code></h2>
<ul>
${demoUsers}
</ul>
</section>`,
  );
}

export function renderMessage(lang: ProviderLanguage, title: string, message: string, extra = ""): string {
  return layout(
    lang,
    title,
    `<div class="card">
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(message)}</p>
${extra}
</div>`,
  );
}

/** oidc-provider's end_session confirmation page. `form` is the provider's own hidden form markup. */
export function renderLogoutConfirm(lang: ProviderLanguage, form: string): string {
  const words = WORDS[lang];
  return layout(
    lang,
    words.signOutTitle,
    `<div class="card">
<h1>${escapeHtml(words.signOutQuestion)}</h1>
<p class="sub">${escapeHtml(words.signOutHint)}</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${escapeHtml(words.signOut)}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(words.staySignedIn)}</button>
</div>`,
  );
}

export function renderError(lang: ProviderLanguage, out: Record<string, string>): string {
  const words = WORDS[lang];
  const details = Object.entries(out)
    .map(([key, value]) => `<p class="sub"><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
    .join("\n");
  return layout(
    lang,
    words.errorTitle,
    `<div class="card">
<h1>${escapeHtml(words.errorHeading)}</h1>
${details}
<p class="sub">${escapeHtml(words.errorHint)}</p>
</div>`,
  );
}
