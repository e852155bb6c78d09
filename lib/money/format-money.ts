// Money is integer minor units everywhere; this is the edge where it becomes text.
const minorDigitsCache = new Map<string, number>();

function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

export function formatMoney(minor: number, currency: string, options: { compact?: boolean; locale?: string } = {}): string {
  const code = currency.toUpperCase();
  const major = minor / 10 ** minorDigits(code);
  return new Intl.NumberFormat(options.locale ?? "en", {
    style: "currency",
    currency: code,
    ...(options.compact ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
  }).format(major);
}
