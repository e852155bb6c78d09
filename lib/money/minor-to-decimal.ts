// Minor units as an exact decimal string in major units ("1250" usd → "12.50"), for CSV exports.
// Integer arithmetic only: no float ever touches the amount.
import { minorDigits } from "./minor-digits";

export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
