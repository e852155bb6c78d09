// A value read from the database and kept in this process for a few seconds, shared by every route
// bundle: Next may load a module once per bundle, so the copy lives on globalThis under its name, and
// forget() after a save clears the one copy every reader of this instance uses. A failed read is not
// kept: the next call tries again. Other instances follow within ttlMs.
export type SharedRead<V> = { load(now?: number): Promise<V>; forget(): void };

type Entry = { value: Promise<unknown>; expiresAt: number };
const holder = globalThis as unknown as { sharedReads?: Map<string, Entry> };
const entries = () => (holder.sharedReads ??= new Map());

export function createSharedRead<V>(name: string, ttlMs: number, read: () => Promise<V>): SharedRead<V> {
  return {
    load(now = Date.now()) {
      const cached = entries().get(name);
      // Only this reader writes under its name, so the stored promise is a Promise<V>.
      if (cached && cached.expiresAt > now) return cached.value as Promise<V>;
      const value = read();
      const entry: Entry = { value, expiresAt: now + ttlMs };
      entries().set(name, entry);
      value.catch(() => {
        if (entries().get(name) === entry) entries().delete(name);
      });
      return value;
    },
    forget() {
      entries().delete(name);
    },
  };
}
