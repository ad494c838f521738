"use client";

// Saving a draft that is based on a version (docs/decisions/015-edit-versions.md): the form sends
// the version it opened on; a save refused as stale shows what is there now, and its author may
// save theirs over it, based on the version they have now seen.
import { useState } from "react";
import { FormMessage } from "./form";
import { StaleEditNotice } from "./stale-edit-notice";
import { useAction, type ServerAction } from "./use-action";

export function useVersionedSave<I extends { baseVersion: number }, T>(
  action: ServerAction<I | FormData, T>,
  version: number,
  onSaved: () => void,
) {
  const save = useAction(action);
  const [baseVersion, setBaseVersion] = useState(version);
  const send = (input: Omit<I, "baseVersion">, based = baseVersion) =>
    save.run({ ...input, baseVersion: based } as I, { onSuccess: onSaved });
  const keepMine = (input: Omit<I, "baseVersion">) => {
    if (!save.stale) return;
    setBaseVersion(save.stale.version);
    send(input, save.stale.version);
  };
  return { ...save, send, keepMine };
}

/** A versioned form's problem, above its fields: the stale-edit notice, or the form's message. */
export function SaveProblem({
  save,
  onReload,
  onKeepMine,
}: {
  save: Pick<ReturnType<typeof useAction>, "stale" | "formError" | "pending">;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  if (!save.stale) return <FormMessage message={save.formError} />;
  return <StaleEditNotice stale={save.stale} pending={save.pending} onReload={onReload} onKeepMine={onKeepMine} />;
}
