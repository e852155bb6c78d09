import { createSharedRead } from "./create-shared-read";

describe("a shared read", () => {
  it("reads once while fresh, again after its time or after forget", async () => {
    let reads = 0;
    const read = createSharedRead("test-fresh", 1_000, async () => ++reads);
    expect(await read.load(0)).toBe(1);
    expect(await read.load(999)).toBe(1);
    expect(await read.load(1_000)).toBe(2);
    read.forget();
    expect(await read.load(1_001)).toBe(3);
  });

  it("is one copy for every reader of the same name, as separate route bundles are", async () => {
    let reads = 0;
    const first = createSharedRead("test-shared", 1_000, async () => ++reads);
    const second = createSharedRead("test-shared", 1_000, async () => ++reads);
    expect(await first.load(0)).toBe(1);
    expect(await second.load(1)).toBe(1);
    second.forget();
    expect(await first.load(2)).toBe(2);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const read = createSharedRead("test-failure", 1_000, async () => {
      if (fail) throw new Error("database down");
      return "settings";
    });
    await expect(read.load(0)).rejects.toThrow("database down");
    fail = false;
    await expect(read.load(1)).resolves.toBe("settings");
  });
});
