// Validates a checkout request (JSON body or form fields) against the donation options. Errors name
// the field and say what is allowed, in words a reader can act on, in the reader's language
// (messages/<locale>.json, "checkoutErrors"). Pure: the route and the appeal page (showing a form
// post's error again) both use it.
import { z } from "zod";
import { findCurrencyOptions, type DonationOptions } from "./donation-options";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { feeCoverAmount } from "./fee-cover";
import { isFrequency, type DonationFrequency } from "./frequencies";
import { toMinorUnits } from "@/lib/money/to-minor-units";
import { canUseMethod, isPaymentMethod, methodRules, methodTakesCurrency } from "@/lib/payment-methods/payment-method-rules";

export type CheckoutRequest = {
  frequency: DonationFrequency;
  amountMinor: number;
  /** Added to amountMinor when the reader chose to cover payment fees; computed here, never read from the form. */
  feeCoverMinor: number;
  currency: string;
  source: string | null;
  attemptKey: string | null;
};

export type CheckoutErrorCode =
  "missing_field" | "invalid_frequency" | "invalid_currency" | "invalid_amount" | "too_many_decimals" | "amount_below_minimum" | "amount_above_maximum" | "fee_above_maximum" | "payment_method_unavailable";

export type CheckoutRequestError = { code: CheckoutErrorCode; message: string; field: "frequency" | "amount" | "currency" };

export type ParseResult = { ok: true; value: CheckoutRequest } | { ok: false; error: CheckoutRequestError };

const field = z.preprocess((value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value), z.string().max(64).optional());

const lenient = z.preprocess((value) => (typeof value === "string" ? value.slice(0, 64) : undefined), z.string().optional());

const requestSchema = z.object({
  frequency: field,
  amount: field,
  other_amount: field,
  // The appeal form keeps one preset choice per frequency (it works without JavaScript).
  amount_once: field,
  amount_monthly: field,
  amount_annual: field,
  currency: field,
  // Optional extras: anything odd is ignored rather than refused.
  source: lenient,
  attempt_key: lenient,
  // The fee cover box: only whether it is ticked counts (the amount is ours to compute).
  cover_fees: lenient,
  // The appeal never sends one (Checkout offers what is turned on at Stripe); a forged one is judged.
  payment_method: lenient,
});

const TICKED = new Set(["on", "1", "true", "yes"]);

const SOURCE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const ATTEMPT_KEY = /^[a-z0-9]{20,40}$/;

function fail(code: CheckoutErrorCode, field: CheckoutRequestError["field"], message: string): ParseResult {
  return { ok: false, error: { code, field, message } };
}

/** A method named in the request that cannot pay this gift is refused, so nothing is recorded for it. */
function refuseMethod(method: string, currency: string, frequency: DonationFrequency, t: ReturnType<typeof readerTranslator>): ParseResult | null {
  if (!isPaymentMethod(method)) return fail("payment_method_unavailable", "currency", t("checkoutErrors.unknownMethod"));
  const name = methodRules[method].name;
  if (!methodTakesCurrency(method, currency)) return fail("payment_method_unavailable", "currency", t("checkoutErrors.methodCurrency", { method: name, code: currency.toUpperCase() }));
  if (!canUseMethod(method, currency, frequency)) return fail("payment_method_unavailable", "frequency", t("checkoutErrors.methodOnceOnly", { method: name }));
  return null;
}

export function parseCheckoutRequest(input: unknown, options: DonationOptions, locale: string = "en"): ParseResult {
  const t = readerTranslator(locale);
  const money = readerFormats(locale).money;
  const parsed = requestSchema.safeParse(typeof input === "object" && input !== null && !Array.isArray(input) ? input : {});
  const names = options.currencies.map((c) => c.code.toUpperCase()).join(", ");
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? "amount");
    if (name === "frequency") return fail("invalid_frequency", "frequency", t("checkoutErrors.chooseFrequency"));
    if (name === "currency") return fail("invalid_currency", "currency", t("checkoutErrors.unknownCurrency", { names }));
    return fail("invalid_amount", "amount", t("checkoutErrors.inFigures"));
  }
  const body = parsed.data;

  const frequency = body.frequency?.trim().toLowerCase();
  if (!frequency) return fail("missing_field", "frequency", t("checkoutErrors.chooseFrequency"));
  if (!isFrequency(frequency)) return fail("invalid_frequency", "frequency", t("checkoutErrors.chooseFrequency"));

  const currency = body.currency?.trim().toLowerCase();
  if (!currency) return fail("missing_field", "currency", t("checkoutErrors.chooseCurrency", { names }));
  const currencyOptions = findCurrencyOptions(options, currency);
  if (!currencyOptions) return fail("invalid_currency", "currency", t("checkoutErrors.unknownCurrency", { names }));

  // A typed amount wins over a preset: without JavaScript both can arrive together.
  const amount = body.other_amount?.trim() || body.amount?.trim() || body[`amount_${frequency}`]?.trim();
  const min = money(currencyOptions.minMinor, currency);
  if (!amount) return fail("missing_field", "amount", t("checkoutErrors.chooseAmount", { min }));
  const minor = toMinorUnits(amount, currencyOptions.decimals);
  if (!minor.ok && minor.reason === "too_many_decimals") {
    const rule = currencyOptions.decimals === 0 ? t("checkoutErrors.wholeNumbers", { code: currency.toUpperCase() }) : t("checkoutErrors.decimalPlaces", { count: currencyOptions.decimals });
    return fail("too_many_decimals", "amount", t("checkoutErrors.forExample", { rule, min }));
  }
  if (!minor.ok && minor.reason === "not_a_number") return fail("invalid_amount", "amount", t("checkoutErrors.inFiguresFrom", { min }));
  if (!minor.ok || minor.minor > currencyOptions.maxMinor) {
    return fail("amount_above_maximum", "amount", t("checkoutErrors.aboveMaximum", { max: money(currencyOptions.maxMinor, currency) }));
  }
  if (minor.minor < currencyOptions.minMinor) return fail("amount_below_minimum", "amount", t("checkoutErrors.belowMinimum", { min }));

  const method = body.payment_method?.trim().toLowerCase();
  if (method) {
    const refusal = refuseMethod(method, currency, frequency, t);
    if (refusal) return refusal;
  }

  // Ticked for a currency that offers no fee cover: there is nothing to add, and nothing is.
  const rule = TICKED.has(body.cover_fees?.trim().toLowerCase() ?? "") ? currencyOptions.feeCover : null;
  const feeCoverMinor = rule ? feeCoverAmount(minor.minor, rule) : 0;
  if (minor.minor + feeCoverMinor > currencyOptions.maxMinor) {
    return fail("fee_above_maximum", "amount", t("checkoutErrors.feeAboveMaximum", { total: money(minor.minor + feeCoverMinor, currency), max: money(currencyOptions.maxMinor, currency) }));
  }

  const source = body.source?.trim().toLowerCase();
  const attemptKey = body.attempt_key?.trim();
  return {
    ok: true,
    value: {
      frequency,
      amountMinor: minor.minor,
      feeCoverMinor,
      currency,
      source: source && SOURCE.test(source) ? source : null,
      attemptKey: attemptKey && ATTEMPT_KEY.test(attemptKey) ? attemptKey : null,
    },
  };
}
