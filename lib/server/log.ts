import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { log } from "./logger";

export { log };

/** A logger bound to the current request's id (outside a request: the plain logger). */
export async function requestLog(bindings: Record<string, unknown> = {}): Promise<Logger> {
  try {
    const requestId = (await headers()).get("x-request-id") ?? undefined;
    return log.child({ requestId, ...bindings });
  } catch {
    return log.child(bindings);
  }
}
