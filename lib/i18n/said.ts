// A message said in no language yet: a key of the messages and its values, written as one string
// ("@validation.tooLong{"max":500}") so that it can travel where text travels today (a zod issue's
// message, a data error's message, an import warning) and be put in the reader's words at the edge
// (lib/server/answers.ts, the pages), per request. Values may be messages too: {what: say("nouns.task")}.
import type { Messages, NestedKeyOf } from "next-intl";

export type MessageKey = NestedKeyOf<Messages>;
/** A value is text, a number, a said message, or a list of said messages (put in words, then joined by spaces). */
export type MessageValues = Record<string, string | number | string[]>;
/** The values a translator takes, once every said value is in words. */
export type WordValues = Record<string, string | number>;

const MARK = "@";

export function say(key: MessageKey, values?: MessageValues): string {
  return values ? `${MARK}${key}${JSON.stringify(values)}` : `${MARK}${key}`;
}

/** The key and values of a said message, or null for plain text (shown as it is). */
export function heard(text: string): { key: MessageKey; values: MessageValues } | null {
  if (!text.startsWith(MARK)) return null;
  const brace = text.indexOf("{");
  const key = (brace < 0 ? text.slice(1) : text.slice(1, brace)) as MessageKey;
  if (!/^[A-Za-z0-9_.]+$/.test(key)) return null;
  if (brace < 0) return { key, values: {} };
  try {
    const values = JSON.parse(text.slice(brace)) as unknown;
    return values && typeof values === "object" ? { key, values: values as MessageValues } : null;
  } catch {
    return null;
  }
}

/** What puts a message in words: next-intl's `t` of the root namespace. */
export interface Translate {
  (key: MessageKey, values?: WordValues): string;
  has(key: MessageKey): boolean;
}

/**
 * A said message in the reader's words (its message values first). Plain text, and anything that
 * only looks said (a file named "@x.md" quoted in a value), stays as it is.
 */
export function inWords(t: Translate, text: string, extra: WordValues = {}): string {
  const said = heard(text);
  if (!said || !t.has(said.key)) return text;
  const values: WordValues = { ...extra };
  for (const [name, value] of Object.entries(said.values)) {
    if (Array.isArray(value)) values[name] = value.map((item) => inWords(t, String(item))).join(" ");
    else values[name] = typeof value === "string" ? inWords(t, value) : value;
  }
  return t(said.key, values);
}
