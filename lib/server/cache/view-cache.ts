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
 * not change them. An entry may name its lineage: the views of one cohort, say, at its grid version.
 * A newer generation of a lineage drops the older one's entries at once (no request that begins after
 * that asks for them: each reads the version first), and an older one computed late (by a request
 * already under way) is served but not kept, so the cache does not fill up with superseded versions.
 * A lineage's name is used with a generation always or never.
 */
export class ViewCache {
  private readonly entries: LRUCache<string, { value: unknown; lineage?: string }> | null;
  /** Each lineage's generation kept and the keys kept of it. */
  private readonly lineages = new Map<string, { generation: number; keys: Set<string> }>();
  /** Misses being computed, so that concurrent requests for one key compute it once. */
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Misses of lineages that name no generation asked for so far: the generation given to the next. */
  private asked = 0;
  readonly stats = { hits: 0, misses: 0, superseded: 0 };

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, { value: unknown; lineage?: string }>({
            maxSize: maxBytes,
            sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)),
            dispose: (entry, key) => this.forget(entry.lineage, key),
          })
        : null;
  }

  /**
   * The value under `key`, computed by `compute` when it is not kept (then kept, unless larger than
   * the whole cache, or older than its `lineage`'s generation kept).
   */
  async get<T>(key: string, compute: () => Promise<T>, lineage?: Lineage): Promise<T> {
    const kept = this.entries?.get(key);
    if (kept) {
      this.stats.hits += 1;
      return kept.value as T;
    }
    const running = this.pending.get(key);
    if (running) return running as Promise<T>;
    this.stats.misses += 1;
    const ranked = lineage && { name: lineage.name, generation: lineage.generation ?? (this.asked += 1) };
    const computing = compute().then(
      (value) => {
        this.pending.delete(key);
        if (this.entries && this.admit(ranked)) {
          this.entries.set(key, { value, lineage: ranked?.name });
          this.remember(key, ranked);
        }
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

  /** Whether a value of `lineage` may be kept: of its newest generation yet (an older generation's entries go now). */
  private admit(lineage: Required<Lineage> | undefined): boolean {
    const known = lineage && this.lineages.get(lineage.name);
    if (!known || known.generation === lineage.generation) return true;
    if (known.generation > lineage.generation) return false;
    // The record goes first, so that forget() (called by each delete) finds nothing to tidy.
    this.lineages.delete(lineage.name);
    this.stats.superseded += known.keys.size;
    for (const old of known.keys) this.entries?.delete(old);
    return true;
  }

  /** Notes `key` (just kept, unless the LRU refused it) as one of its lineage's entries. */
  private remember(key: string, lineage: Required<Lineage> | undefined): void {
    if (!lineage || !this.entries?.has(key)) return;
    const known = this.lineages.get(lineage.name);
    if (known) known.keys.add(key);
    else this.lineages.set(lineage.name, { generation: lineage.generation, keys: new Set([key]) });
  }

  /** An entry left the LRU (dropped, superseded or replaced): it is no longer one of its lineage's. */
  private forget(name: string | undefined, key: string): void {
    const known = name === undefined ? undefined : this.lineages.get(name);
    if (!known) return;
    known.keys.delete(key);
    if (known.keys.size === 0) this.lineages.delete(name!);
  }

  /** The bytes kept and how many entries (for tests and the bench). */
  size(): { bytes: number; entries: number } {
    return { bytes: this.entries?.calculatedSize ?? 0, entries: this.entries?.size ?? 0 };
  }

  has(key: string): boolean {
    return this.entries?.has(key) ?? false;
  }
}

/**
 * What a kept view is a version of (`name`), and which (`generation`: the larger, the newer; left
 * out, the order in which they were asked for, the last the newest).
 */
export interface Lineage {
  name: string;
  generation?: number;
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
