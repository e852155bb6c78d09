// A small cache in this process's memory: each entry is kept for the time it was given, and the
// cap bounds memory under a flood (past it, the oldest written entry goes first). Nothing is
// shared between app instances and nothing needs invalidating across them, so it suits answers
// that may be a little old: the dashboard's aggregates, the thank-you page's result.
export type TtlCache<V> = {
  /** The value, while it is fresh. `at` is the time to judge freshness by (tests pass their clock). */
  get(key: string, at?: number): V | undefined;
  /** Keeps value for ttlMs from `at`; a ttl of zero or less keeps nothing. */
  set(key: string, value: V, ttlMs: number, at?: number): void;
  delete(key: string): void;
  clear(): void;
};

export function createTtlCache<V>({ maxEntries, now = Date.now }: { maxEntries: number; now?: () => number }): TtlCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key, at = now()) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= at) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, ttlMs, at = now()) {
      if (ttlMs <= 0) return;
      entries.delete(key);
      // Maps iterate in insertion order: the first entry is the oldest written.
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, expiresAt: at + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
