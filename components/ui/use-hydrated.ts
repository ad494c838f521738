"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's rendering and until React has taken over the page in the browser, true after:
 * for what only works with the page's scripts (a form submitted by script, a chart that needs its width).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
