// A decimal string in major units ("12.50") as integer minor units (1250), exactly, or null
// when it is not a plain positive amount with at most the currency's decimals.
import { minorDigits } from "./minor-digits";

export function decimalToMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
