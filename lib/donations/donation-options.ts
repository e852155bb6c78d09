// What the appeal offers: per currency, the preset amounts for each frequency, the one preselected,
// and the bounds (the larger of the configured minimum and Stripe's minimum charge; the configured
// maximum). Pure: built from settings, so the page, the client enhancement and the API agree.
import { perFrequency, type DonationFrequency } from "./frequencies";
import { supportedCurrencies } from "@/lib/money/supported-currencies";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { defaultFeeCoverRule, type FeeCoverRule } from "./fee-cover";

export type DonationSettings = {
  currencies: string[];
  defaultFrequency: DonationFrequency;
  minAmount: string;
  maxAmount: string;
};

export type CurrencyOptions = {
  code: string;
  decimals: number;
  minMinor: number;
  maxMinor: number;
  presets: Record<DonationFrequency, number[]>;
  preselected: Record<DonationFrequency, number>;
  /** What covering payment fees adds (lib/donations/fee-cover.ts); null: the appeal does not offer it. */
  feeCover: FeeCoverRule | null;
};

export type DonationOptions = { defaultFrequency: DonationFrequency; currencies: CurrencyOptions[] };

// Base presets in major units; each currency scales them by its preset factor.
const basePresets: Record<DonationFrequency, number[]> = {
  once: [5, 10, 25, 50],
  monthly: [2, 5, 10, 20],
  annual: [25, 50, 100, 250],
};

function minorOf(amount: string, decimals: number): number {
  const result = toMinorUnits(amount, decimals);
  if (!result.ok) throw new Error(`invalid configured amount ${amount}`);
  return result.minor;
}

export function getDonationOptions(settings: DonationSettings): DonationOptions {
  const currencies = settings.currencies.map((code): CurrencyOptions => {
    const rule = supportedCurrencies[code];
    if (!rule) throw new Error(`currency ${code} is not supported (see lib/money/supported-currencies.ts)`);
    const scale = 10 ** rule.decimals;
    const minMinor = Math.max(minorOf(settings.minAmount, rule.decimals), rule.stripeMinimumMinor);
    const maxMinor = minorOf(settings.maxAmount, rule.decimals);
    const presets = perFrequency((frequency) => {
      const scaled = basePresets[frequency].map((major) => major * rule.presetFactor * scale);
      const inBounds = scaled.filter((minor) => minor >= minMinor && minor <= maxMinor);
      return inBounds.length > 0 ? inBounds : [minMinor];
    });
    const preselected = perFrequency((frequency) => preselectPreset(presets[frequency]));
    return { code, decimals: rule.decimals, minMinor, maxMinor, presets, preselected, feeCover: defaultFeeCoverRule(code) };
  });
  return { defaultFrequency: settings.defaultFrequency, currencies };
}

/** The preset chosen before the reader picks: the second, a modest suggestion rather than the smallest. */
export function preselectPreset(presets: readonly number[]): number {
  return presets[Math.min(1, presets.length - 1)]!;
}

export function findCurrencyOptions(options: DonationOptions, code: string): CurrencyOptions | undefined {
  return options.currencies.find((currency) => currency.code === code);
}
