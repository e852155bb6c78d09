// A new amount typed by a supporter, read in the gift's currency and checked against the
// appeal's bounds for that currency (the same bounds checkout keeps).
import type { DonationOptions } from "../donations/donation-options";
import { findCurrencyOptions } from "../donations/donation-options";
import { toMinorUnits } from "../money/to-minor-units";

export type GiftAmount = { ok: true; amount: number } | { ok: false; error: "amount-bounds" | "currency-unavailable" };

export function readGiftAmount(options: DonationOptions, currency: string, text: string | undefined): GiftAmount {
  const offer = findCurrencyOptions(options, currency);
  if (!offer) return { ok: false, error: "currency-unavailable" };
  const parsed = toMinorUnits(text ?? "", offer.decimals);
  if (!parsed.ok || parsed.minor < offer.minMinor || parsed.minor > offer.maxMinor) return { ok: false, error: "amount-bounds" };
  return { ok: true, amount: parsed.minor };
}
