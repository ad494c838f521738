// The local provider's words in the two languages Worklog speaks. Like Cognito's managed login, the
// app names the language on /oauth2/authorize (`lang=vi|en`; OIDC's `ui_locales` is read too), and
// pages outside a sign-in (an expired one, sign-out) follow the browser's Accept-Language.
// English, as Cognito's own default, when nothing names one of ours.
import { isLocale, localeFromAcceptLanguage, type Locale } from "../../lib/i18n/locales";

export type ProviderLanguage = Locale;

const EN = {
  signInTitle: "Sign in to Worklog (local)",
  signInHint: "Use one of the demo accounts below.",
  wrongPassword: "Incorrect email or password.",
  email: "Email",
  password: "Password",
  signIn: "Sign in",
  demoUsers: "Demo users — password",
  noGroup: "no group",
  footer: "Local development sign-in provider — not Amazon Cognito.",
  signOutTitle: "Sign out of Worklog (local)",
  signOutQuestion: "Sign out of Worklog (local)?",
  signOutHint: "This ends your session with the local sign-in provider.",
  signOut: "Sign out",
  staySignedIn: "Stay signed in",
  signedOutTitle: "Signed out",
  signedOut: "You have been signed out of the local sign-in provider.",
  errorTitle: "Sign-in error (local)",
  errorHeading: "Something went wrong",
  errorHint: "Go back to the app and start signing in again.",
  expiredTitle: "Sign-in expired",
  expired: "This sign-in page has expired. Go back to the app and sign in again.",
  failed: "Something went wrong.",
};

export type ProviderWords = typeof EN;

const VI: ProviderWords = {
  signInTitle: "Đăng nhập vào Worklog (cục bộ)",
  signInHint: "Hãy dùng một trong các tài khoản demo bên dưới.",
  wrongPassword: "E-mail hoặc mật khẩu không đúng.",
  email: "E-mail",
  password: "Mật khẩu",
  signIn: "Đăng nhập",
  demoUsers: "Tài khoản demo — mật khẩu",
  noGroup: "chưa thuộc nhóm nào",
  footer: "Dịch vụ đăng nhập cục bộ để phát triển — không phải Amazon Cognito.",
  signOutTitle: "Đăng xuất khỏi Worklog (cục bộ)",
  signOutQuestion: "Đăng xuất khỏi Worklog (cục bộ)?",
  signOutHint: "Thao tác này kết thúc phiên của bạn với dịch vụ đăng nhập cục bộ.",
  signOut: "Đăng xuất",
  staySignedIn: "Vẫn đăng nhập",
  signedOutTitle: "Đã đăng xuất",
  signedOut: "Bạn đã đăng xuất khỏi dịch vụ đăng nhập cục bộ.",
  errorTitle: "Lỗi đăng nhập (cục bộ)",
  errorHeading: "Đã có lỗi xảy ra",
  errorHint: "Hãy quay lại ứng dụng và bắt đầu đăng nhập lại.",
  expiredTitle: "Phiên đăng nhập đã hết hạn",
  expired: "Trang đăng nhập này đã hết hạn. Hãy quay lại ứng dụng và đăng nhập lại.",
  failed: "Đã có lỗi xảy ra.",
};

export const WORDS: Readonly<Record<ProviderLanguage, ProviderWords>> = { en: EN, vi: VI };

function ours(tag: string): ProviderLanguage | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * The language an authorization request asked for: `lang` (Cognito's), else the first of ours in
 * `ui_locales` (space-separated, by preference); undefined when neither names one.
 */
export function requestedLanguage(params: Readonly<Record<string, unknown>>): ProviderLanguage | undefined {
  if (typeof params.lang === "string") {
    const lang = ours(params.lang);
    if (lang) return lang;
  }
  if (typeof params.ui_locales === "string") {
    for (const tag of params.ui_locales.split(" ").slice(0, 10)) {
      const lang = ours(tag);
      if (lang) return lang;
    }
  }
  return undefined;
}

/** The language of a page outside a sign-in, from the browser's Accept-Language (English if none of ours). */
export function browserLanguage(acceptLanguage: string | string[] | undefined): ProviderLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage;
  return localeFromAcceptLanguage(header) ?? "en";
}
