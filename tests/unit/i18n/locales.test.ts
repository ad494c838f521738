import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("the language of a request", () => {
  it.each([
    ["vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"],
    ["en-US,en;q=0.9,vi;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["fr;q=1, vi;q=0.2, en;q=0.4", "en"],
    ["EN-gb", "en"],
    ["vi;q=0, en;q=0.1", "en"],
    ["de,fr", null],
    ["", null],
    ["vi;q=abc", null],
  ])("Accept-Language %j gives %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("reads only the start of an absurd header, in linear time", () => {
    expect(localeFromAcceptLanguage(`${"x;q=0.1,".repeat(200_000)}en`)).toBeNull();
    expect(localeFromAcceptLanguage(`en,${",".repeat(1_000_000)}`)).toBe("en");
  });

  it("prefers the saved choice, then the cookie, then the browser, then the default", () => {
    const browser = "en-US,en;q=0.9";
    expect(chooseLocale({ saved: "vi", cookie: "en", acceptLanguage: browser, fallback: "en" })).toBe("vi");
    expect(chooseLocale({ saved: null, cookie: "vi", acceptLanguage: browser, fallback: "en" })).toBe("vi");
    expect(chooseLocale({ saved: null, cookie: "xx", acceptLanguage: browser, fallback: "vi" })).toBe("en");
    expect(chooseLocale({ acceptLanguage: "de", fallback: "vi" })).toBe("vi");
  });
});
