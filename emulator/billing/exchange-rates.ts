// The emulator's own fixed exchange table, standing in for the rates Stripe applies when a charge
// in one currency settles in the account's settlement currency. Not real rates: fixed figures, so
// tests can compute what a gift settles as. Value of one major unit of each currency in US dollars.
const usdPerUnit: Record<string, number> = {
  usd: 1,
  eur: 1.1,
  gbp: 1.25,
  cad: 0.75,
  aud: 0.65,
  nzd: 0.6,
  chf: 1.15,
  sek: 0.095,
  nok: 0.09,
  dkk: 0.15,
  pln: 0.25,
  czk: 0.045,
  jpy: 0.0065,
};

const zeroDecimal = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);

export const settlementCurrencies = Object.keys(usdPerUnit);

export function minorUnitsPerMajor(currency: string): number {
  return zeroDecimal.has(currency) ? 1 : 100;
}

/** Stripe's `exchange_rate`: major units of `to` per major unit of `from`, six decimals; null when no exchange happens. */
export function exchangeRate(from: string, to: string): number | null {
  if (from === to) return null;
  const fromUsd = usdPerUnit[from];
  const toUsd = usdPerUnit[to];
  // A currency outside the table settles one to one: the emulator takes it rather than failing a payment.
  if (fromUsd === undefined || toUsd === undefined) return 1;
  return Math.round((fromUsd / toUsd) * 1e6) / 1e6;
}

/** `amount` minor units of `from` in minor units of `to`, at the table's rate. */
export function convertMinor(amount: number, from: string, to: string): number {
  const rate = exchangeRate(from, to);
  if (rate === null) return amount;
  return Math.round((amount / minorUnitsPerMajor(from)) * rate * minorUnitsPerMajor(to));
}
