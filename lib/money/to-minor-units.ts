// Decimal strings in major units to integer minor units, by string arithmetic: no floats touch money.
export type MinorUnitsResult = { ok: true; minor: number } | { ok: false; reason: "not_a_number" | "too_many_decimals" | "too_large" };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
// Far above any gift we accept, far below Number.MAX_SAFE_INTEGER.
const MAX_MAJOR_DIGITS = 12;

export function toMinorUnits(amount: string, decimals: number): MinorUnitsResult {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return { ok: false, reason: "not_a_number" };
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) return { ok: false, reason: "too_many_decimals" };
  if (whole.length > MAX_MAJOR_DIGITS) return { ok: false, reason: "too_large" };
  return { ok: true, minor: Number(whole + fraction.padEnd(decimals, "0")) };
}

/** The inverse, for prefilling forms: 1250 with 2 decimals is "12.50", 1000 is "10". */
export function fromMinorUnits(minor: number, decimals: number): string {
  if (decimals === 0) return String(minor);
  const scale = 10 ** decimals;
  const whole = Math.floor(minor / scale);
  const fraction = minor % scale;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(decimals, "0")}`;
}
