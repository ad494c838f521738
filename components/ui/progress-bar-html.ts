import "server-only";
// ProgressBar (progress-bar.tsx) as HTML text, for markup rendered as text (docs/decisions/024):
// the same element, classes and words. `follows` marks a week's or a day's bar, with the counts
// drawn, so that it follows ticks (LiveMarkupBars, components/live-progress.tsx, which draws it again by this shape:
// the frame, the bar and its fill, the numbers last).
import { html, type Html } from "@/lib/html";
import type { Progress } from "@/lib/worklog/progress";
import { progressBarClasses } from "./progress-bar";

export function progressBarHtml(
  progress: Progress,
  label: string,
  /** The "ui.progress" messages. */
  t: (key: "valueText", values: { done: number; total: number }) => string,
  { size = "md", follows }: { size?: "sm" | "md"; follows?: { week: string } | { day: string } } = {},
): Html {
  const classes = progressBarClasses(progress, size);
  const scope = follows && ("week" in follows ? html` data-week="${follows.week}"` : html` data-day="${follows.day}"`);
  const marked = scope ? html`${scope} data-done="${progress.done}" data-total="${progress.total}"` : "";
  return html`<div class="flex items-center gap-2"${marked}><div role="progressbar" aria-label="${label}" aria-valuemin="0" aria-valuemax="${progress.total}" aria-valuenow="${progress.done}" aria-valuetext="${t("valueText", { done: progress.done, total: progress.total })}" class="${classes.track}"><div class="${classes.fill}" style="width:${progress.percent}%"></div></div><span class="shrink-0 text-xs tabular-nums text-slate-600">${`${progress.done}/${progress.total}`}</span></div>`;
}
