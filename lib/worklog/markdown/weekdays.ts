import { WEEKDAY_LABELS, type WorklogLang } from "@/lib/worklog/week";
import { foldText } from "./vocabulary";

/** Monday = 0 ... Sunday = 6; a label may cover a range ("Mon-Tue", "6-7"). */
export interface WeekdaySpan {
  first: number;
  last: number;
}

const EN_NAMES = [
  ["mon", "monday"],
  ["tue", "tues", "tuesday"],
  ["wed", "weds", "wednesday"],
  ["thu", "thur", "thurs", "thursday"],
  ["fri", "friday"],
  ["sat", "saturday"],
  ["sun", "sunday"],
];
// Vietnamese counts weekdays from Sunday: "Thứ Hai" (2) is Monday, "Chủ nhật" (CN) Sunday.
const VI_WORDS = ["hai", "ba", "tu", "nam", "sau", "bay"];

/** Bold or italic wrappers such as "**2**" do not change what a label means. */
const WRAPPER = /^(\*{1,2}|_{1,2})(.*)\1$/s;

function unwrap(label: string): { inner: string; wrapper: string } {
  const match = WRAPPER.exec(label.trim());
  return match ? { inner: (match[2] ?? "").trim(), wrapper: match[1] ?? "" } : { inner: label.trim(), wrapper: "" };
}

/** The weekday (Monday = 0) one word of a label names: "Mon", "Thứ 2", "CN", or "2" if digits are weekdays. */
function weekdayNamedBy(token: string, digitsAreWeekdays: boolean): number | null {
  const word = foldText(token).replace(/\.$/, "");
  const english = EN_NAMES.findIndex((names) => names.includes(word));
  if (english >= 0) return english;
  if (word === "cn" || word === "chu nhat") return 6;
  const numbered = /^(?:thu|t)\s*([2-7])$/.exec(word);
  if (numbered) return Number(numbered[1]) - 2;
  const named = /^thu\s+(\p{L}+)$/u.exec(word);
  if (named && VI_WORDS.includes(named[1] ?? "")) return VI_WORDS.indexOf(named[1] ?? "");
  if (digitsAreWeekdays && /^[2-7]$/.test(word)) return Number(word) - 2;
  return null;
}

/** Reads "Mon", "Monday", "2", "Thứ 2", "CN", "Mon-Tue", "6-7"... */
export function parseWeekdayLabel(label: string, digitsAreWeekdays = true): WeekdaySpan | null {
  const { inner } = unwrap(label);
  if (!inner || inner.length > 40) return null;
  const parts = inner.split(/\s*(?:[-–—~&,]|\bto\b|\bđến\b)\s*/iu).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return null;
  const days = parts.map((part) => weekdayNamedBy(part, digitsAreWeekdays));
  const first = days[0];
  const last = days[days.length - 1];
  if (first == null || last == null) return null;
  return { first, last };
}

/** "1".."7", "Day 3", "Ngày 3": days counted through the week rather than weekdays. */
export function isDayNumberLabel(label: string): boolean {
  const word = foldText(unwrap(label).inner);
  return word === "1" || /^(?:day|ngay)\s*\d+$/.test(word);
}

function formatWeekdaySpan(span: WeekdaySpan, lang: WorklogLang): string {
  const names = WEEKDAY_LABELS[lang];
  const first = names[span.first] ?? "";
  return span.first === span.last ? first : `${first}-${names[span.last] ?? ""}`;
}

/** "Day 3" in the language of the page ("Ngày 3"). */
export function dayNumberLabel(position: number, lang: WorklogLang): string {
  return lang === "vi" ? `Ngày ${position}` : `Day ${position}`;
}

/**
 * Translates a day label to the weekday convention of `lang` (Mon <-> 2 ... Sun <-> CN,
 * "Day 3" <-> "Ngày 3"); labels it does not recognise come back unchanged.
 * With `weekdays: false` bare digits are day numbers and are left alone.
 */
export function localizeDayLabel(label: string, lang: WorklogLang, options: { weekdays?: boolean } = {}): string {
  const { inner, wrapper } = unwrap(label);
  const dayNumber = /^(?:day|ngày|ngay)\s*(\d+)$/iu.exec(inner);
  if (dayNumber) return `${wrapper}${dayNumberLabel(Number(dayNumber[1]), lang)}${wrapper}`;
  const span = parseWeekdayLabel(inner, options.weekdays ?? true);
  return span ? `${wrapper}${formatWeekdaySpan(span, lang)}${wrapper}` : label;
}
