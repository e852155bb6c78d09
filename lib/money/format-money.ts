// Money is integer minor units everywhere; this is the edge where it becomes text.
import { minorDigits } from "./minor-digits";

export type FormatMoneyOptions = {
  /** Short figures for chart axes ("£1.3M"). */
  compact?: boolean;
  locale?: string;
  /** "$5" rather than "$5.00" for a whole amount (what readers see); "$5.50" stays. */
  trimZeroDecimals?: boolean;
};

export function formatMoney(minor: number, currency: string, options: FormatMoneyOptions = {}): string {
  const code = currency.toUpperCase();
  const digits = minorDigits(code);
  const major = minor / 10 ** digits;
  return new Intl.NumberFormat(options.locale ?? "en", {
    style: "currency",
    currency: code,
    ...(options.trimZeroDecimals && minor % 10 ** digits === 0 ? { minimumFractionDigits: 0, maximumFractionDigits: digits } : {}),
    ...(options.compact ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
  }).format(major);
}
