// The currencies the appeal knows how to take: decimals as Stripe counts them, Stripe's minimum
// charge (in minor units, from Stripe's "minimum and maximum charge amounts" table), and a factor
// that scales the base preset amounts to sensible local ones.
export type CurrencyRule = { decimals: 0 | 2; stripeMinimumMinor: number; presetFactor: number };

export const supportedCurrencies: Readonly<Record<string, CurrencyRule>> = {
  usd: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  eur: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  gbp: { decimals: 2, stripeMinimumMinor: 30, presetFactor: 1 },
  cad: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  aud: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  nzd: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  chf: { decimals: 2, stripeMinimumMinor: 50, presetFactor: 1 },
  sek: { decimals: 2, stripeMinimumMinor: 300, presetFactor: 10 },
  nok: { decimals: 2, stripeMinimumMinor: 300, presetFactor: 10 },
  dkk: { decimals: 2, stripeMinimumMinor: 250, presetFactor: 10 },
  pln: { decimals: 2, stripeMinimumMinor: 200, presetFactor: 4 },
  czk: { decimals: 2, stripeMinimumMinor: 1500, presetFactor: 20 },
  jpy: { decimals: 0, stripeMinimumMinor: 50, presetFactor: 100 },
};

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(supportedCurrencies, code);
}
