import { createTtlCache } from "./create-ttl-cache";

describe("a TTL cache", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000;
  });

  it("gives a value back until its time is up, then forgets it", () => {
    const cache = createTtlCache<string>({ maxEntries: 10, now });
    cache.set("a", "apple", 100);
    clock += 99;
    expect(cache.get("a")).toBe("apple");
    clock += 1;
    expect(cache.get("a")).toBeUndefined();
  });

  it("judges freshness by the time it is given, when given one", () => {
    const cache = createTtlCache<string>({ maxEntries: 10, now });
    cache.set("a", "apple", 100, 0);
    expect(cache.get("a", 99)).toBe("apple");
    expect(cache.get("a", 100)).toBeUndefined();
  });

  it("keeps nothing for a time of zero", () => {
    const cache = createTtlCache<string>({ maxEntries: 10, now });
    cache.set("a", "apple", 0);
    expect(cache.get("a")).toBeUndefined();
  });

  it("never holds more than the cap, dropping the oldest written", () => {
    const cache = createTtlCache<number>({ maxEntries: 3, now });
    for (let n = 0; n < 100; n += 1) cache.set(`k${n}`, n, 1_000);
    expect(cache.get("k96")).toBeUndefined();
    expect(["k97", "k98", "k99"].map((key) => cache.get(key))).toEqual([97, 98, 99]);
  });

  it("forgets a deleted key and, when cleared, every key", () => {
    const cache = createTtlCache<number>({ maxEntries: 10, now });
    cache.set("a", 1, 1_000);
    cache.set("b", 2, 1_000);
    cache.delete("a");
    expect([cache.get("a"), cache.get("b")]).toEqual([undefined, 2]);
    cache.clear();
    expect(cache.get("b")).toBeUndefined();
  });
});
