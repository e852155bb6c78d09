// A small in-process cache for the overview's aggregates: on millions of donations a retention
// table takes seconds to compute, and it changes slowly. Each server instance keeps its own
// copy for `ttlMs` (nothing shared, nothing to invalidate across instances); concurrent
// requests for the same key share one query.
type Entry = { expires: number; value: Promise<unknown> };

const entries = new Map<string, Entry>();
const MAX_ENTRIES = 500;

export function remember<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = compute();
  entries.set(key, { expires: now + ttlMs, value });
  // A failed query is not remembered: the next request tries again.
  value.catch(() => entries.delete(key));
  return value;
}

/** Tests only. */
export function forgetAll(): void {
  entries.clear();
}
