import { useTranslations } from "next-intl";
import type { Progress } from "@/lib/worklog/progress";

/** The bar's track and fill classes (also drawn by kept markup: components/cohort/cohort-summary-html.ts). */
export function progressBarClasses(progress: Progress, size: "sm" | "md" = "md"): { track: string; fill: string } {
  const complete = progress.total > 0 && progress.done === progress.total;
  return {
    track: `w-full overflow-hidden rounded-full bg-slate-200 ${size === "sm" ? "h-1.5" : "h-2.5"}`,
    fill: `h-full rounded-full transition-[width] ${complete ? "bg-emerald-600" : "bg-brand-600"}`,
  };
}

/** A labelled progress bar; the numbers are in the text too, so colour is never the only cue. */
export function ProgressBar({
  progress,
  label,
  size = "md",
  showNumbers = true,
}: {
  progress: Progress;
  label: string;
  size?: "sm" | "md";
  showNumbers?: boolean;
}) {
  const t = useTranslations("ui.progress");
  const classes = progressBarClasses(progress, size);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={t("valueText", { done: progress.done, total: progress.total })}
        className={classes.track}
      >
        <div className={classes.fill} style={{ width: `${progress.percent}%` }} />
      </div>
      {showNumbers ? (
        <span className="shrink-0 text-xs tabular-nums text-slate-600">
          {progress.done}/{progress.total}
        </span>
      ) : null}
    </div>
  );
}
