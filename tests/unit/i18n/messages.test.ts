// Every message exists in both languages, with the same placeholders, and parses as ICU in each.
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

/** The names of a message's arguments ("{count, plural, …}" → count), not the words inside its branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "{") {
      const name = /^\{\s*([A-Za-z0-9_]+)\s*[,}]/.exec(message.slice(i))?.[1];
      if (name && depth % 2 === 0) names.add(name);
      depth++;
    } else if (c === "}") depth--;
  }
  return [...names].sort();
}

const en = leaves(MESSAGES.en as unknown as Tree);
const vi = leaves(MESSAGES.vi as unknown as Tree);

describe("messages", () => {
  it("has every key in both languages", () => {
    expect([...vi.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !vi.has(key))).toEqual([]);
    expect(en.size).toBeGreaterThan(300);
  });

  it("uses only the values the code passes, and shows every value the English shows", () => {
    // Vietnamese has no plural forms: an English plural that only picks a word ("week"/"weeks") need
    // not appear in Vietnamese; a value the English prints ({name}, or # in a plural) must.
    const printed = (text: string) =>
      argumentsOf(text).filter(
        (name) =>
          new RegExp(`\\{\\s*${name}\\s*\\}`).test(text) || new RegExp(`\\{\\s*${name}\\s*,\\s*plural[^]*#`).test(text),
      );
    const differ = [...en].filter(([key, text]) => {
      const theirs = argumentsOf(vi.get(key) ?? "");
      return theirs.some((name) => !argumentsOf(text).includes(name)) || printed(text).some((n) => !theirs.includes(n));
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it("parses as ICU in each language, with no empty message", () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, text] of locale === "en" ? en : vi) {
        if (text.trim() === "") broken.push(`${locale} ${key}: empty`);
        try {
          new IntlMessageFormat(text, locale, undefined, { ignoreTag: false });
        } catch (error) {
          broken.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
