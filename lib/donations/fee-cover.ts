// Fee cover: what a reader may add to their gift so that the newsroom receives the whole of it,
// from a percentage of the gift and a fixed part, per currency, as staff set them (Settings,
// Amounts). Always computed here, on the server and in the form alike: never taken from a form.
import { supportedCurrencies } from "@/lib/money/supported-currencies";

/** basisPoints: hundredths of a percent (290 = 2.9%); fixed: minor units. */
export type FeeCoverRule = { basisPoints: number; fixed: number };

/** A typical card rate until staff set their own: 2.9% plus 0.30 of a dollar-like unit, scaled for the currency. */
export function defaultFeeCoverRule(currency: string): FeeCoverRule | null {
  const rule = supportedCurrencies[currency];
  if (!rule) return null;
  return { basisPoints: 290, fixed: Math.round(0.3 * rule.presetFactor * 10 ** rule.decimals) };
}

/** The extra for a gift of `amount` minor units, rounded up to the minor unit. */
export function feeCoverAmount(amount: number, rule: FeeCoverRule): number {
  return Math.ceil((amount * rule.basisPoints) / 10_000) + rule.fixed;
}

/** "2.9" as 290 basis points; at most two decimals, else null. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** 290 basis points as "2.9". */
export function basisPointsToPercent(basisPoints: number): string {
  return String(basisPoints / 100);
}
