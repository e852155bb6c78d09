// The payment methods a newsroom may advertise on the appeal, and when each can actually be used.
// Checkout itself offers whatever the newsroom turned on at Stripe (no payment_method_types), so
// these rules only keep the appeal's badges honest. From Stripe's payment-method pages
// ("Determine compatibility": supported currencies, subscription mode):
//   card, Apple Pay, Google Pay: every currency, one-time and recurring;
//   PayPal: the currencies Stripe settles PayPal in, recurring too (Stripe's "set up future payments");
//   SEPA Direct Debit: EUR, recurring too; iDEAL and Bancontact: EUR, one-time only (a recurring
//   gift started with them continues as a SEPA Direct Debit, which the SEPA badge stands for);
//   Bacs Direct Debit: GBP; ACH Direct Debit (us_bank_account): USD; both recurring too.
import type { DonationFrequency } from "@/lib/donations/frequencies";

export const paymentMethods = ["card", "apple_pay", "google_pay", "paypal", "sepa_debit", "ideal", "bancontact", "bacs_debit", "us_bank_account"] as const;

export type PaymentMethod = (typeof paymentMethods)[number];

type MethodRule = { name: string; currencies: readonly string[] | "any"; recurring: boolean };

const paypalCurrencies = ["aud", "cad", "chf", "czk", "dkk", "eur", "gbp", "hkd", "nok", "nzd", "pln", "sek", "sgd", "usd"];

export const methodRules: Readonly<Record<PaymentMethod, MethodRule>> = {
  card: { name: "Card (Visa, Mastercard, American Express)", currencies: "any", recurring: true },
  apple_pay: { name: "Apple Pay", currencies: "any", recurring: true },
  google_pay: { name: "Google Pay", currencies: "any", recurring: true },
  paypal: { name: "PayPal", currencies: paypalCurrencies, recurring: true },
  sepa_debit: { name: "SEPA Direct Debit", currencies: ["eur"], recurring: true },
  ideal: { name: "iDEAL", currencies: ["eur"], recurring: false },
  bancontact: { name: "Bancontact", currencies: ["eur"], recurring: false },
  bacs_debit: { name: "Bacs Direct Debit", currencies: ["gbp"], recurring: true },
  us_bank_account: { name: "ACH Direct Debit", currencies: ["usd"], recurring: true },
};

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (paymentMethods as readonly string[]).includes(value);
}

/** Whether the method can take a gift in this currency at all (for some frequency). */
export function methodTakesCurrency(method: PaymentMethod, currency: string): boolean {
  const { currencies } = methodRules[method];
  return currencies === "any" || currencies.includes(currency.toLowerCase());
}

/** Whether a reader can pay a gift of this currency and frequency with the method. */
export function canUseMethod(method: PaymentMethod, currency: string, frequency: DonationFrequency): boolean {
  return methodTakesCurrency(method, currency) && (frequency === "once" || methodRules[method].recurring);
}

/** The badges to show for one choice: the staff's list for the currency, less what cannot be used. */
export function badgesFor(chosen: readonly PaymentMethod[], currency: string, frequency: DonationFrequency): PaymentMethod[] {
  return chosen.filter((method) => canUseMethod(method, currency, frequency));
}

/** Until staff choose: cards and the wallets everywhere, SEPA Direct Debit for euro gifts. */
export function defaultBadges(currency: string): PaymentMethod[] {
  return (["card", "apple_pay", "google_pay", "sepa_debit"] as const).filter((method) => methodTakesCurrency(method, currency));
}
