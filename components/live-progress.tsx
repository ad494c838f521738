"use client";

// Ticks shown without rendering the page again. The tick action answers with the task's state and
// its week's and day's counts after the change, stamped with the server's time; pages stamp their
// render with the server's time too (<RenderedAt>). What is shown is whichever is newer: the
// page's own data or the latest tick's answer. The answers are absolute counts, never deltas, so
// a tick that a page already shows is never counted twice. The store lives as long as the browser
// tab's app, so a page restored by Back shows ticks made since it was rendered.
import { useTranslations } from "next-intl";
import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { ProgressBar, progressBarClasses } from "@/components/ui/progress-bar";
import { progressOf, type Counts, type Progress, type TickResult } from "@/lib/worklog/progress";

interface Stamped<T> {
  value: T;
  at: number;
}

const tasks = new Map<string, Stamped<boolean>>();
const weeks = new Map<string, Stamped<Counts>>();
const days = new Map<string, Stamped<Counts>>();
const listeners = new Set<() => void>();
let version = 0;

function keepNewer<T>(map: Map<string, Stamped<T>>, key: string, value: T, at: number) {
  const known = map.get(key);
  if (!known || known.at <= at) map.set(key, { value, at });
}

/** Records a tick's answer (in the browser only) and updates everything that shows it. */
export function recordTick(result: TickResult) {
  keepNewer(tasks, result.taskId, result.done, result.at);
  keepNewer(weeks, result.weekId, result.week, result.at);
  keepNewer(days, result.dayId, result.day, result.at);
  version++;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getVersion = () => version;
const getServerVersion = () => 0;

const RenderedAtContext = createContext(0);

/** The server's time (ms) when the page read its data: ticks answered after it are newer than the page. */
export function RenderedAt({ at, children }: { at: number; children: React.ReactNode }) {
  return <RenderedAtContext.Provider value={at}>{children}</RenderedAtContext.Provider>;
}

/**
 * The one rule of this store: for a key, the page's value unless a tick answered after the page
 * read its data. Returns a picker, so that a component can apply it to many keys in one render.
 */
function useNewerThanPage(): <T>(map: Map<string, Stamped<T>>, key: string, fromPage: T) => T {
  const renderedAt = useContext(RenderedAtContext);
  const seen = useSyncExternalStore(subscribe, getVersion, getServerVersion);
  return (map, key, fromPage) => {
    const known = seen > 0 ? map.get(key) : undefined;
    return known && known.at > renderedAt ? known.value : fromPage;
  };
}

function useNewer<T>(map: Map<string, Stamped<T>>, key: string, fromPage: T): T {
  return useNewerThanPage()(map, key, fromPage);
}

/** A task's done state: the page's, or a later tick's. */
export function useTaskDone(taskId: string, fromPage: boolean): boolean {
  return useNewer(tasks, taskId, fromPage);
}

/** A week's or a day's counts: the page's, or a later tick's. */
export function useCounts(scope: { week: string } | { day: string }, fromPage: Counts): Counts {
  const [map, key] = "week" in scope ? [weeks, scope.week] : [days, scope.day];
  return useNewer(map, key, fromPage);
}

/** ProgressBar for a week or a day that follows ticks made on this page or since it was rendered. */
export function LiveProgressBar({
  scope,
  progress,
  ...rest
}: { scope: { week: string } | { day: string }; progress: Counts } & Omit<
  React.ComponentProps<typeof ProgressBar>,
  "progress"
>) {
  const counts = useCounts(scope, progress);
  return <ProgressBar progress={progressOf(counts.done, counts.total)} {...rest} />;
}

/** "12/84" over several weeks, following ticks. */
export function LiveTaskTotal({ weeks: list }: { weeks: { id: string; done: number; total: number }[] }) {
  const newer = useNewerThanPage();
  let done = 0;
  let total = 0;
  for (const week of list) {
    const counts = newer(weeks, week.id, week);
    done += counts.done;
    total += counts.total;
  }
  return <>{`${done}/${total}`}</>;
}

/** How many of a week's tasks are not ticked, following ticks. */
export function useUndone(weekId: string, fromPage: Counts): number {
  const counts = useCounts({ week: weekId }, fromPage);
  return counts.total - counts.done;
}

/** "Overdue: N tasks past their end date", less the listed ones ticked since the page was read. */
export function LiveOverdueTitle({ count, listed }: { count: number; listed: string[] }) {
  const t = useTranslations("weekForms.overdue");
  const newer = useNewerThanPage();
  // The listed tasks were all undone when the page was read.
  const ticked = listed.filter((id) => newer(tasks, id, false)).length;
  const left = count - ticked;
  return <>{left === 0 ? t("none") : t("some", { count: left })}</>;
}

/**
 * Progress bars drawn as HTML text (components/ui/progress-bar-html.ts, marked data-week or data-day
 * with the counts drawn) inside `children`, following ticks as LiveProgressBar does: each is drawn with a
 * tick's counts when the tick answered after the page was read, else with the markup's own counts.
 * Drawn after every render, each time in full: a page rendered again may bring the same markup, which
 * React then leaves as it is, with a bar an older tick drew.
 */
export function LiveMarkupBars({ children }: { children: React.ReactNode }) {
  const t = useTranslations("ui.progress");
  const newer = useNewerThanPage();
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const frame of root.current?.querySelectorAll<HTMLElement>("[data-week], [data-day]") ?? []) {
      const fromMarkup = { done: Number(frame.dataset.done), total: Number(frame.dataset.total) };
      const { week, day } = frame.dataset;
      const counts = week === undefined ? newer(days, day ?? "", fromMarkup) : newer(weeks, week, fromMarkup);
      const progress = progressOf(counts.done, counts.total);
      drawBar(frame, progress, t("valueText", { done: progress.done, total: progress.total }));
    }
  });
  return <div ref={root}>{children}</div>;
}

/** A bar of components/ui/progress-bar-html.ts with other counts (its frame, the bar and its fill, the numbers last). */
function drawBar(frame: HTMLElement, progress: Progress, valueText: string) {
  const bar = frame.querySelector<HTMLElement>("[role=progressbar]");
  const fill = bar?.firstElementChild;
  const numbers = frame.lastElementChild;
  if (!bar || !(fill instanceof HTMLElement) || !numbers) return;
  bar.setAttribute("aria-valuemax", String(progress.total));
  bar.setAttribute("aria-valuenow", String(progress.done));
  bar.setAttribute("aria-valuetext", valueText);
  // Only the track's classes depend on the bar's size.
  fill.className = progressBarClasses(progress).fill;
  fill.style.width = `${progress.percent}%`;
  numbers.textContent = `${progress.done}/${progress.total}`;
}
