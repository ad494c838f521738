import "server-only";
import { LRUCache } from "lru-cache";
import { databaseEnv } from "../env";

/**
 * The views kept in memory (docs/decisions/022): the cohort grid (its data, and its table as HTML:
 * decision 024), the module heatmap and the program overview's rows. Each is kept under a key naming the cohort's grid version as read from
 * PostgreSQL in this request (lib/server/data/grid-version.ts) and everything else the view depends
 * on (today, the viewer's scope, the sort). The version is read first and the data after it, so an
 * entry is never older than the version in its key: any number of app instances, each with its own
 * cache, serve no view older than a write acknowledged before the request began. Bounded by size
 * (least recently used out first); a value's size is the length of its JSON, or of kept markup its
 * own length (no 100 kB copy made to measure it). Values are shared between requests: callers must
 * not change them.
 */
export class ViewCache {
  private readonly entries: LRUCache<string, { value: unknown }> | null;
  /** Misses being computed, so that concurrent requests for one key compute it once. */
  private readonly pending = new Map<string, Promise<unknown>>();
  readonly stats = { hits: 0, misses: 0 };

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, { value: unknown }>({
            maxSize: maxBytes,
            sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)),
          })
        : null;
  }

  /** The value under `key`, computed by `compute` when it is not kept (then kept, unless larger than the whole cache). */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries?.get(key);
    if (kept) {
      this.stats.hits += 1;
      return kept.value as T;
    }
    const running = this.pending.get(key);
    if (running) return running as Promise<T>;
    this.stats.misses += 1;
    const computing = compute().then(
      (value) => {
        this.pending.delete(key);
        this.entries?.set(key, { value });
        return value;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, computing);
    return computing;
  }

  /** The bytes kept and how many entries (for tests and the bench). */
  size(): { bytes: number; entries: number } {
    return { bytes: this.entries?.calculatedSize ?? 0, entries: this.entries?.size ?? 0 };
  }

  has(key: string): boolean {
    return this.entries?.has(key) ?? false;
  }
}

function sizeOf(value: unknown): number {
  return typeof value === "string" ? value.length : (JSON.stringify(value)?.length ?? 1);
}

let shared: ViewCache | undefined;

/** This instance's cache, WORKLOG_VIEW_CACHE_MB large (0: nothing kept). */
export function viewCache(): ViewCache {
  shared ??= new ViewCache(databaseEnv().WORKLOG_VIEW_CACHE_MB * 1024 * 1024);
  return shared;
}
