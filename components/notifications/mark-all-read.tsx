"use client";

import { FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { markAllReadAction } from "@/lib/server/actions/notifications";

export function MarkAllRead({ label, done }: { label: string; done: string }) {
  const { formAction, pending, formError, result } = useAction(markAllReadAction);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
      >
        {label}
      </button>
      {result?.ok ? (
        <span role="status" className="text-sm text-slate-600">
          {done}
        </span>
      ) : null}
      <FormMessage message={formError} />
    </form>
  );
}
