/** A task's or a week's curriculum modules as small chips: the code, with the title on hover or beside it. */
export function ModuleChips({
  modules,
  withTitles = false,
  className = "",
}: {
  modules: { code: string; title: string }[];
  /** Write each module's title after its code (otherwise it is the chip's tooltip only). */
  withTitles?: boolean;
  className?: string;
}) {
  return (
    <span className={`inline-flex flex-wrap gap-1 align-middle ${className}`}>
      {modules.map((m) => (
        <span
          key={m.code}
          title={m.title}
          className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700 no-underline"
        >
          {withTitles ? `${m.code} ${m.title}` : m.code}
        </span>
      ))}
    </span>
  );
}
