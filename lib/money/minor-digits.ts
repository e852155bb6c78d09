// How many minor digits a currency has (2 for USD, 0 for JPY), from Intl's currency data, which
// agrees with Stripe's for every currency the appeal offers (lib/money/supported-currencies.ts).
const cache = new Map<string, number | undefined>();

/** The currency's minor digits, or undefined when the code is not a currency. */
export function minorDigitsOf(currency: string): number | undefined {
  const code = currency.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return undefined; // also keeps the cache to three-letter codes
  if (!cache.has(code)) {
    try {
      cache.set(code, new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2);
    } catch {
      cache.set(code, undefined);
    }
  }
  return cache.get(code);
}

/** The currency's minor digits; 2 for a code Intl does not know. */
export function minorDigits(currency: string): number {
  return minorDigitsOf(currency) ?? 2;
}
