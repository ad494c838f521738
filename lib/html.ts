// HTML written as a template, for the few views the server renders once per version and keeps as
// text (docs/decisions/024): every value put into `html` is escaped (escape-html: & < > " '), unless it
// is markup `html` made itself. Attribute values must be quoted in the template.
import escapeHtml from "escape-html";

/** Markup made by `html`: inserted into another template as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What a template takes: text and numbers (escaped), markup, nothing (null, undefined, false), or lists of these. */
export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

function partText(part: HtmlPart): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(partText).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let text = strings[0]!;
  for (let i = 0; i < parts.length; i += 1) text += partText(parts[i]!) + strings[i + 1]!;
  return new Html(text);
}
