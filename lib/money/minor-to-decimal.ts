// Minor units as an exact decimal string in major units ("1250" usd → "12.50"), for CSV exports.
// Integer arithmetic only: no float ever touches the amount.
const digitsCache = new Map<string, number>();

export function minorToDecimal(minor: number, currency: string): string {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
