import { createRandom, parseChaosSetting } from "./delivery-chaos";

describe("parseChaosSetting", () => {
  it("reads duplicate, delay, reorder and seed", () => {
    expect(parseChaosSetting("duplicate=0.5,delay=200,reorder,seed=3")).toEqual({ duplicateRate: 0.5, maxDelayMs: 200, reorder: true, seed: 3 });
    expect(parseChaosSetting("on")).toEqual({ duplicateRate: 0.3, maxDelayMs: 500, reorder: true });
    expect(parseChaosSetting(undefined)).toBeUndefined();
  });

  it("names an unknown part", () => {
    expect(() => parseChaosSetting("shuffle")).toThrow(/unknown part "shuffle"/);
  });
});

describe("createRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
