// A function's answers kept for the next call with the same key, for work a page repeats on every
// view (a week's date range, a task's Markdown): at most `max` answers, all let go when it is full
// (cheaper than an LRU's bookkeeping, and the answers are cheap to make again). `keyOf` names the
// call, or says null for one not worth keeping. The answers are shared between calls: callers must
// not change them. Pure: the browser uses it too.
export function boundedMemo<A extends unknown[], V>(
  max: number,
  keyOf: (...args: A) => string | null,
  compute: (...args: A) => V,
): (...args: A) => V {
  const kept = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    const known = key === null ? undefined : kept.get(key);
    if (known !== undefined) return known;
    const made = compute(...args);
    if (key !== null) {
      if (kept.size >= max) kept.clear();
      kept.set(key, made);
    }
    return made;
  };
}
