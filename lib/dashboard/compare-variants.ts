// Whether one copy variant converts differently from variant "a": a 95% Wilson interval per variant
// (sound for small counts and rates near zero, unlike the normal approximation) and a two-proportion
// z-test against "a". The verdict is "not yet clear" while the two intervals overlap, a stricter
// test than the z-test alone, so staff do not act on noise.
export type RateInterval = { rate: number; low: number; high: number };
export type VariantVerdict = "baseline" | "better" | "worse" | "not yet clear";

const Z95 = 1.959964;

/** The 95% Wilson score interval of `successes` out of `trials`; null with no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z95): RateInterval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const spread = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { rate: p, low: Math.max(0, centre - spread), high: Math.min(1, centre + spread) };
}

/** The z statistic of rate 2 against rate 1 with a pooled standard error; null when undefined. */
export function twoProportionZ(successes1: number, trials1: number, successes2: number, trials2: number): number | null {
  if (trials1 <= 0 || trials2 <= 0) return null;
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  if (standardError === 0) return null;
  return (successes2 / trials2 - successes1 / trials1) / standardError;
}

export type VariantComparison = { interval: RateInterval | null; z: number | null; verdict: VariantVerdict };

/** One variant's gifts per view against the baseline variant's. */
export function compareVariants(baseline: { gifts: number; views: number }, variant: { gifts: number; views: number }, isBaseline: boolean): VariantComparison {
  const interval = wilsonInterval(variant.gifts, variant.views);
  if (isBaseline) return { interval, z: null, verdict: "baseline" };
  const base = wilsonInterval(baseline.gifts, baseline.views);
  const z = twoProportionZ(baseline.gifts, baseline.views, variant.gifts, variant.views);
  if (!interval || !base || z === null) return { interval, z, verdict: "not yet clear" };
  if (interval.low > base.high) return { interval, z, verdict: "better" };
  if (interval.high < base.low) return { interval, z, verdict: "worse" };
  return { interval, z, verdict: "not yet clear" };
}
