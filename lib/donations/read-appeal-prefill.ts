// The appeal's starting state from its query string: a choice to restore (after cancelling, from a
// reminder email, or after a refused form post, whose message is worked out again here by the same
// rules rather than taken from the URL).
import type { DonationOptions } from "./donation-options";
import { findCurrencyOptions } from "./donation-options";
import { isFrequency, type DonationFrequency } from "./frequencies";
import { parseCheckoutRequest } from "./parse-checkout-request";
import { isRefusalCode, refusalMessage } from "./refusal-messages";
import { toMinorUnits } from "@/lib/money/to-minor-units";

type Query = Record<string, string | string[] | undefined>;

/** Every query parameter the appeal reads: with any of them, / is rendered per request (cached-appeal-url.ts). */
export const APPEAL_QUERY_KEYS = ["frequency", "amount", "currency", "source", "error", "cancelled"] as const;
type AppealQueryKey = (typeof APPEAL_QUERY_KEYS)[number];

export type AppealPrefill = {
  initial: { frequency: DonationFrequency; currency: string; selected: Partial<Record<DonationFrequency, number>>; otherAmount: string };
  message: { text: string; field: "frequency" | "amount" | "currency" | null } | null;
  source: string | null;
  cancelled: boolean;
};

const one = (query: Query, key: AppealQueryKey): string => {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 64).trim() ?? "";
};

export function readAppealPrefill(query: Query, options: DonationOptions, preferredCurrency: string, locale: string = "en"): AppealPrefill {
  const frequencyParam = one(query, "frequency").toLowerCase();
  const frequency = isFrequency(frequencyParam) ? frequencyParam : options.defaultFrequency;
  const currencyParam = one(query, "currency").toLowerCase();
  const currency = findCurrencyOptions(options, currencyParam) ?? findCurrencyOptions(options, preferredCurrency) ?? options.currencies[0]!;
  const amount = one(query, "amount");
  const source = one(query, "source").toLowerCase();
  const minor = amount ? toMinorUnits(amount, currency.decimals) : null;
  const isPreset = minor?.ok === true && currency.presets[frequency].includes(minor.minor);
  const selected: AppealPrefill["initial"]["selected"] = isPreset && minor?.ok ? { [frequency]: minor.minor } : {};

  let message: AppealPrefill["message"] = null;
  const error = one(query, "error");
  if (isRefusalCode(error)) message = { text: refusalMessage(error, locale), field: null };
  else if (error) {
    const parsed = parseCheckoutRequest({ frequency: one(query, "frequency"), amount, currency: one(query, "currency") }, options, locale);
    if (!parsed.ok) message = { text: parsed.error.message, field: parsed.error.field };
  }
  return {
    initial: { frequency, currency: currency.code, selected, otherAmount: amount && !isPreset ? amount : "" },
    message,
    source: /^[a-z0-9][a-z0-9_-]{0,39}$/.test(source) ? source : null,
    cancelled: one(query, "cancelled") === "1",
  };
}
