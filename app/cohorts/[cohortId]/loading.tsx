/** While the grid loads: the page's shape, and a status for screen readers. */
export default function LoadingCohort() {
  return (
    <div className="space-y-6">
      <div role="status" aria-live="polite" className="flex items-center gap-3 text-slate-500">
        <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden />
        Loading the cohort…
      </div>
      <div aria-hidden className="space-y-3">
        <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
        <div className="h-16 animate-pulse rounded-xl bg-slate-200" />
        <div className="h-64 animate-pulse rounded-xl bg-slate-200" />
      </div>
    </div>
  );
}
