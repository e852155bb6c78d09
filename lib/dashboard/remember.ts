// A small in-process cache for the overview's aggregates: on millions of donations a retention
// table takes seconds to compute, and it changes slowly. Each server instance keeps its own
// copy for `ttlMs` (lib/cache/create-ttl-cache.ts); concurrent requests for the same key share
// one query.
import { createTtlCache } from "@/lib/cache/create-ttl-cache";

const computations = createTtlCache<Promise<unknown>>({ maxEntries: 500 });

export function remember<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = computations.get(key, now);
  if (hit) return hit as Promise<T>;
  const value = compute();
  computations.set(key, value, ttlMs, now);
  // A failed query is not remembered: the next request tries again.
  value.catch(() => computations.delete(key));
  return value;
}

/** Tests only. */
export function forgetAll(): void {
  computations.clear();
}
