"use client";
// A saved reply's text and, for admins, whether every mentor is offered it: the same fields when
// one is added (saved-replies-manager.tsx) and when one is changed (saved-reply-item.tsx).
import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/schemas/limits";
import { FieldError, FormMessage, inputClass } from "@/components/ui/form";
import { Label } from "@/components/ui/label";

export function SavedReplyFields({
  id,
  label,
  body,
  onBody,
  shared,
  onShared,
  canPublish,
  bodyError,
  formError,
  autoFocus,
}: {
  id: string;
  label: string;
  body: string;
  onBody: (body: string) => void;
  shared: boolean;
  onShared: (shared: boolean) => void;
  canPublish: boolean;
  bodyError: string | undefined;
  formError: string | undefined;
  autoFocus?: boolean;
}) {
  const t = useTranslations("review.replies");
  return (
    <>
      <Label htmlFor={`${id}-body`}>{label}</Label>
      <textarea
        id={`${id}-body`}
        rows={3}
        maxLength={LIMITS.comment}
        className={inputClass}
        value={body}
        aria-invalid={Boolean(bodyError)}
        aria-describedby={bodyError ? `${id}-body-error` : undefined}
        onChange={(e) => onBody(e.target.value)}
        autoFocus={autoFocus}
      />
      <FieldError id={`${id}-body-error`} message={bodyError} />
      {canPublish ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={shared} onChange={(e) => onShared(e.target.checked)} />
          {t("share")}
        </label>
      ) : null}
      <FormMessage message={formError} />
    </>
  );
}
