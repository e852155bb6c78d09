// Card payment methods made from a test card number (the hosted page or the control API),
// and SEPA Direct Debits from Stripe's test IBANs. /v1/payment_methods/:id retrieves them.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { createHash } from "node:crypto";
import { findTestCard } from "../billing/test-cards";
import { findTestIban, SUCCEEDING_TEST_IBAN } from "../billing/test-ibans";
import { newId } from "../state/new-id";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

export type CardInput = { number: string; expMonth?: number; expYear?: number; name?: string | null; email?: string | null };

function billingDetails(input: { name?: string | null; email?: string | null }): Stripe.PaymentMethod.BillingDetails {
  return { address: null, email: input.email ?? null, name: input.name ?? null, phone: null, tax_id: null };
}

export function createCardPaymentMethod(emulator: EmulatorContext, input: CardInput): Stripe.PaymentMethod {
  const card = findTestCard(input.number);
  const paymentMethod: Stripe.PaymentMethod = {
    id: newId("pm", 24),
    object: "payment_method",
    allow_redisplay: "limited",
    billing_details: billingDetails(input),
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      country: "US",
      display_brand: card.brand,
      exp_month: input.expMonth ?? 12,
      exp_year: input.expYear ?? new Date().getUTCFullYear() + 3,
      fingerprint: card.number.slice(-8),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: emulator.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: "card",
  };
  emulator.state.paymentMethods[paymentMethod.id] = paymentMethod;
  emulator.state.cardBehaviours[paymentMethod.id] = card.behaviour;
  return paymentMethod;
}

/** A SEPA Direct Debit from a test IBAN (billing/test-ibans.ts), with the mandate the reader
 * accepts by confirming: accepted at once, its outcome known only later (billing/settle-debits.ts). */
export function createSepaDebitPaymentMethod(emulator: EmulatorContext, input: { iban: string; name?: string | null; email?: string | null }): Stripe.PaymentMethod {
  const { iban, outcome } = findTestIban(input.iban);
  const paymentMethod: Stripe.PaymentMethod = {
    id: newId("pm", 24),
    object: "payment_method",
    billing_details: billingDetails(input),
    created: emulator.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    sepa_debit: {
      bank_code: iban.slice(4, 12),
      branch_code: null,
      country: iban.slice(0, 2),
      fingerprint: createHash("sha256").update(iban).digest("base64url").slice(0, 16),
      generated_from: null,
      last4: iban.slice(-4),
    },
    type: "sepa_debit",
  };
  emulator.state.paymentMethods[paymentMethod.id] = paymentMethod;
  emulator.state.cardBehaviours[paymentMethod.id] = "succeeds";
  emulator.state.debitBehaviours[paymentMethod.id] = { ...outcome, mandate: newId("mandate", 24) };
  return paymentMethod;
}

/** The control API's `bank_debit`: a SEPA Direct Debit from Stripe's test IBAN that succeeds. */
export function createBankDebitPaymentMethod(emulator: EmulatorContext, input: { name?: string | null; email?: string | null }): Stripe.PaymentMethod {
  return createSepaDebitPaymentMethod(emulator, { ...input, iban: SUCCEEDING_TEST_IBAN });
}

export function attachPaymentMethod(emulator: EmulatorContext, paymentMethod: Stripe.PaymentMethod, customerId: string): void {
  if (paymentMethod.customer === customerId) return;
  paymentMethod.customer = customerId;
  emulator.emit("payment_method.attached", paymentMethod);
}

export const paymentMethodRoutes: Route[] = [
  route("GET", "/v1/payment_methods/:id", (emulator, request) => {
    const paymentMethod = emulator.state.paymentMethods[idOf(request)];
    if (!paymentMethod) throw resourceMissing("PaymentMethod", idOf(request));
    return paymentMethod;
  }),
];
