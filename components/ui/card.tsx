type Heading = {
  /** The section's heading; it also names the section (aria-labelledby), so screen readers list it as a region. */
  heading: React.ReactNode;
  headingId: string;
  /** 2 for a card of its own, 3 for a card inside a titled section. */
  headingLevel?: 2 | 3;
  /** By default a card title (h2) or a sub-card title (h3). */
  headingClassName?: string;
};

type CardProps = React.ComponentProps<"section"> &
  (Heading | { heading?: undefined; headingId?: undefined; headingLevel?: undefined; headingClassName?: undefined });

/** A card's frame (also drawn by kept markup: components/cohort/cohort-summary-html.ts). */
export const CARD_CLASS = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5";

export function Card({ children, className = "", ...props }: CardProps) {
  const { heading, headingId, headingLevel = 2, headingClassName, ...section } = props;
  const H = headingLevel === 3 ? "h3" : "h2";
  const headingClass = headingClassName ?? (headingLevel === 3 ? "mb-2 font-semibold" : "text-lg font-semibold");
  return (
    <section className={`${CARD_CLASS} ${className}`} aria-labelledby={headingId} {...section}>
      {heading === undefined ? null : (
        <H id={headingId} className={headingClass}>
          {heading}
        </H>
      )}
      {children}
    </section>
  );
}
