import "server-only";
// The one way a mutation runs, for server actions and for the import route: who is asking first
// (nothing is parsed for someone signed out), then the shared zod schema, then the data layer, whose
// refusals and failures become an answer the form shows (lib/server/answers.ts). Nothing is written
// when parsing fails; the data layer writes in one transaction or not at all.
import type { z } from "zod";
import { inWords, say, type Translate, type WordValues } from "@/lib/i18n/said";
import { fieldErrorsOf, type ActionResult } from "@/lib/schemas/action-result";
import { answerFor, isNextSignal } from "./answers";
import { hitRateLimit, LIMITS } from "./data/rate-limits";
import { getViewer } from "./data/session";
import { databaseEnv } from "./env";
import type { Viewer } from "./data/viewer";
import { requestTranslator } from "./locale";
import { requestLog } from "./log";

export const SIGNED_OUT = say("errors.signedOut");

export interface Answered<T> {
  result: ActionResult<T>;
  /** The HTTP status that says what happened, for route handlers (server actions always answer 200). */
  status: number;
}

interface MutationOptions {
  viewer?: Viewer;
  /** Counted under another limit already (imports have their own). */
  unlimited?: boolean;
  /** The instant to count the person's mutation at (tests). */
  now?: Date;
}

/** Runs one mutation and answers in the person's language (lib/i18n/said.ts). */
export async function runMutation<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (viewer: Viewer, data: z.infer<S>) => Promise<T>,
  options: MutationOptions = {},
): Promise<Answered<T>> {
  const known: { viewer: Viewer | null } = { viewer: options.viewer ?? null };
  const answered = await answerMutation(known, schema, input, run, options);
  return { status: answered.status, result: inWordsOf(answered.result, await requestTranslator(known)) };
}

/** An answer's messages in words (a stale edit's lines too: its stored text passes as it is). */
export function inWordsOf<T>(result: ActionResult<T>, t: Translate): ActionResult<T> {
  if (result.ok) return result.message ? { ...result, message: inWords(t, result.message) } : result;
  const words = (text: string, values?: WordValues) => inWords(t, text, values);
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([path, list]) => [path, list.map((m) => words(m))]))
    : undefined;
  return {
    ...result,
    ...(result.formError ? { formError: words(result.formError) } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(result.stale ? { stale: { ...result.stale, now: result.stale.now.map((line) => words(line)) } } : {}),
  };
}

/** The mutation's answer; `known.viewer` is who asked, once known (their language answers). */
async function answerMutation<S extends z.ZodType, T>(
  known: { viewer: Viewer | null },
  schema: S,
  input: unknown,
  run: (viewer: Viewer, data: z.infer<S>) => Promise<T>,
  options: MutationOptions,
): Promise<Answered<T>> {
  try {
    const viewer = options.viewer ?? (await getViewer());
    known.viewer = viewer;
    if (!viewer) return { status: 401, result: { ok: false, formError: SIGNED_OUT } };
    if (!options.unlimited) {
      const perMinute = { ...LIMITS.mutation, max: databaseEnv().WORKLOG_MUTATIONS_PER_MINUTE };
      const limit = await hitRateLimit(perMinute, [`user:${viewer.id}`], options.now);
      if (!limit.allowed) {
        const formError = say("errors.tooManyChanges", { seconds: limit.retryAfter });
        return { status: 429, result: { ok: false, formError } };
      }
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      // Paths only: the values may be worklog text.
      const fields = parsed.error.issues.map((issue) => issue.path.join("."));
      (await requestLog()).info({ event: "action.invalid", fields }, "action input refused");
      const result = {
        ok: false,
        fieldErrors: fieldErrorsOf(parsed.error),
        formError: say("errors.checkFields"),
      } as const;
      return { status: 400, result };
    }
    return { status: 200, result: { ok: true, data: await run(viewer, parsed.data) } };
  } catch (error) {
    if (isNextSignal(error)) throw error;
    const answer = answerFor(error);
    const log = await requestLog();
    if (answer.status === 500) log.error({ event: "action.failed", reason: answer.reason }, "action failed");
    else log.info({ event: "action.refused", status: answer.status, reason: answer.reason }, "action refused");
    const fieldErrors = answer.fieldErrors ? { fieldErrors: answer.fieldErrors } : {};
    const stale = answer.stale ? { stale: answer.stale } : {};
    return { status: answer.status, result: { ok: false, formError: answer.message, ...fieldErrors, ...stale } };
  }
}

/** runMutation's answer alone: what a server action returns to its form. */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (viewer: Viewer, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return (await runMutation(schema, input, run)).result;
}

/** A server action as the client calls it: through useAction (components/ui/use-action.ts), or as a form's action. */
export type ServerAction<I, T> = (previous: ActionResult<T> | null, input: I) => Promise<ActionResult<T>>;

/**
 * Defines a server action: `runAction` with the schema, then `after` (revalidation, a cookie, a redirect) once
 * it succeeded. The exported value is an async function, as a "use server" module requires.
 */
export function serverAction<S extends z.ZodType, T>(
  schema: S,
  run: (viewer: Viewer, data: z.infer<S>) => Promise<T>,
  after?: (data: z.infer<S>, result: T) => void | Promise<void>,
): ServerAction<z.input<S> | FormData, T> {
  return async (_previous, input) => {
    const fields = input instanceof FormData ? Object.fromEntries(input) : input;
    let parsed: z.infer<S> | undefined;
    const result = await runAction(schema, fields, async (viewer, data: z.infer<S>) => {
      parsed = data;
      return run(viewer, data);
    });
    if (result.ok && after) await after(parsed as z.infer<S>, result.data as T);
    return result;
  };
}
