import type { ReactNode } from "react";

/** The scrolling frame's look (also of the cohort grid's, whose table is kept as HTML: components/cohort/cohort-grid.tsx). */
export const SCROLL_FRAME_CLASS = "relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm";

/**
 * A wide table that scrolls sideways in its own frame on a small screen: the frame is a region named
 * by the table's caption and takes keyboard focus, so it can be scrolled without a mouse.
 */
export function ScrollTable({
  captionId,
  caption,
  tableClassName = "",
  children,
}: {
  captionId: string;
  caption: ReactNode;
  tableClassName?: string;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={SCROLL_FRAME_CLASS}>
      <table className={`w-max min-w-full border-collapse text-left text-sm ${tableClassName}`}>
        <caption id={captionId} className="px-3 pt-3 pb-1 text-left text-sm text-slate-600">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
