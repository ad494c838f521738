export function Card({ children, className = "", ...props }: React.ComponentProps<"section">) {
  return (
    <section className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`} {...props}>
      {children}
    </section>
  );
}
