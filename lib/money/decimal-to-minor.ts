// A decimal string in major units ("12.50") as integer minor units (1250) in the currency a code
// names, or null when it is not a plain positive amount with at most the currency's decimals.
import { minorDigits } from "./minor-digits";
import { toMinorUnits } from "./to-minor-units";

export function decimalToMinor(text: string, currency: string): number | null {
  const result = toMinorUnits(text, minorDigits(currency));
  return result.ok ? result.minor : null;
}
