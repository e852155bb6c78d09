import { forgetAll, remember } from "./remember";

describe("remember", () => {
  afterEach(forgetAll);

  it("computes once per key while fresh, and again once expired", async () => {
    const compute = jest.fn(async () => 42);
    await expect(remember("k", 1000, compute, 0)).resolves.toBe(42);
    await expect(remember("k", 1000, compute, 999)).resolves.toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
    await remember("k", 1000, compute, 1000);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("shares one computation between concurrent callers", async () => {
    const compute = jest.fn(() => new Promise<number>((resolve) => setTimeout(() => resolve(7), 10)));
    const results = await Promise.all([remember("k", 1000, compute, 0), remember("k", 1000, compute, 1)]);
    expect(results).toEqual([7, 7]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("does not keep a failure", async () => {
    await expect(remember("k", 1000, () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    await expect(remember("k", 1000, async () => "up", 1)).resolves.toBe("up");
  });
});
