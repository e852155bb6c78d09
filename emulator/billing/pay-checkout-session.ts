// Paying an open Checkout Session, from the hosted page or the control API, with the events
// Stripe emits, in its usual order:
//   payment mode:      [customer.created] payment_intent.created charge.succeeded
//                      payment_intent.succeeded checkout.session.completed
//   subscription mode: customer.created payment_method.attached customer.subscription.created
//                      invoice.created invoice.finalized payment_intent.created charge.succeeded
//                      payment_intent.succeeded invoice.paid invoice.payment_succeeded
//                      customer.subscription.updated (incomplete -> active) checkout.session.completed
//   SEPA Direct Debit: ... charge.pending payment_intent.processing checkout.session.completed
//                      (payment_status unpaid; in subscription mode the subscription is active and
//                      its first invoice open); later billing/settle-debits.ts settles it
//   setup mode:        billing/complete-setup-session.ts (a saved card, no payment)
// A declined card leaves the session open (payment mode also emits charge.failed and
// payment_intent.payment_failed, as Stripe does) and answers a card_error.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { createCustomer, updateCustomer } from "../resources/customers";
import { buildSubscriptionInvoice, finalizeInvoice } from "../resources/invoices";
import { attachPaymentMethod, createBankDebitPaymentMethod, createCardPaymentMethod, createSepaDebitPaymentMethod } from "../resources/payment-methods";
import { buildSubscription, updateSubscription } from "../resources/subscriptions";
import { expireIfDue } from "../resources/checkout-sessions";
import { invalidState, StripeApiError } from "../wire/stripe-api-error";
import { chargePaymentMethod } from "./charge-payment-method";
import { completeSetupSession } from "./complete-setup-session";
import { payInvoice } from "./pay-invoice";
import { pendingDebitOfSession, registerDebit, settleDebit } from "./settle-debits";
import { cardError } from "./test-cards";

export type CheckoutPayment = {
  /** `bank_debit` is a SEPA Direct Debit from the test IBAN that succeeds (the control API's shorthand). */
  method?: "card" | "sepa_debit" | "bank_debit";
  card?: string;
  iban?: string;
  expMonth?: number;
  expYear?: number;
  email?: string;
  name?: string;
};

function customerEmail(session: Stripe.Checkout.Session, input: CheckoutPayment): string {
  return session.customer_details?.email ?? session.customer_email ?? input.email ?? "reader@example.com";
}

function resolveCustomer(emulator: EmulatorContext, session: Stripe.Checkout.Session, email: string, name: string | null): Stripe.Customer | null {
  if (session.customer) {
    const customer = emulator.state.customers[String(session.customer)];
    if (customer) return customer;
  }
  if (session.mode === "subscription" || session.customer_creation === "always") return createCustomer(emulator, { email, name });
  return null;
}

function complete(emulator: EmulatorContext, session: Stripe.Checkout.Session, customer: Stripe.Customer | null, email: string, name: string | null, paid: boolean) {
  session.status = "complete";
  session.payment_status = paid ? "paid" : "unpaid";
  session.url = null;
  session.customer = customer?.id ?? null;
  session.customer_details = { address: null, business_name: null, email, individual_name: null, name, phone: null, tax_exempt: "none", tax_ids: [] };
  emulator.emit("checkout.session.completed", session);
}

/** SEPA Direct Debit takes euro gifts, once or recurring, when the session offers it (payment_method_types). */
export function allowsSepaDebit(session: Stripe.Checkout.Session): boolean {
  return session.mode !== "setup" && session.currency === "eur" && session.payment_method_types.includes("sepa_debit");
}

const sepaNotAllowed = (session: Stripe.Checkout.Session) =>
  new StripeApiError(400, {
    type: "invalid_request_error",
    code: "payment_method_not_available",
    message: `SEPA Direct Debit is not available for this Checkout Session (${(session.currency ?? "").toUpperCase()}, ${session.mode} mode): it takes euro payments and subscriptions only.`,
    param: "payment_method_types",
  });

export function payCheckoutSession(emulator: EmulatorContext, session: Stripe.Checkout.Session, input: CheckoutPayment): Stripe.Checkout.Session {
  expireIfDue(emulator, session);
  if (session.status !== "open") throw invalidState(`This Checkout Session is ${session.status} and can no longer be paid.`);
  const email = customerEmail(session, input);
  const name = input.name?.trim() || null;
  const method = input.method ?? "card";
  if (method !== "card" && !allowsSepaDebit(session)) throw sepaNotAllowed(session);
  // Validates the card number or the IBAN before anything is created.
  const paymentMethod =
    method === "bank_debit"
      ? createBankDebitPaymentMethod(emulator, { name, email })
      : method === "sepa_debit"
        ? createSepaDebitPaymentMethod(emulator, { iban: input.iban ?? "", name, email })
        : createCardPaymentMethod(emulator, { number: input.card ?? "", expMonth: input.expMonth, expYear: input.expYear, name, email });
  if (session.mode === "setup") return completeSetupSession(emulator, session, paymentMethod, email, name);
  const options = emulator.state.checkoutOptions[session.id];
  const amount = session.amount_total ?? 0;
  const currency = session.currency ?? "usd";

  if (session.mode === "payment") {
    const declinedUpFront = emulator.state.cardBehaviours[paymentMethod.id];
    const customer = declinedUpFront === "declined" || declinedUpFront === "insufficient_funds" ? null : resolveCustomer(emulator, session, email, name);
    if (customer) attachPaymentMethod(emulator, paymentMethod, customer.id);
    const existing = session.payment_intent ? emulator.state.paymentIntents[String(session.payment_intent)] : undefined;
    const attempt = chargePaymentMethod(emulator, {
      amount,
      currency,
      customer: customer?.id ?? (session.customer ? String(session.customer) : null),
      paymentMethod,
      description: options?.paymentIntentDescription ?? null,
      metadata: options?.paymentIntentMetadata ?? {},
      statementDescriptorSuffix: options?.paymentIntentStatementDescriptorSuffix ?? null,
      receiptEmail: email,
      renewal: false,
      existingIntent: existing,
    });
    session.payment_intent = attempt.paymentIntent.id;
    if (attempt.decline) throw cardError(attempt.decline.code, attempt.decline.message, attempt.decline.declineCode);
    const delayed = attempt.paymentIntent.status === "processing";
    if (delayed) registerDebit(emulator, { paymentIntent: attempt.paymentIntent, paymentMethod, session: session.id, testClock: customer?.test_clock ? String(customer.test_clock) : null });
    complete(emulator, session, customer, email, name, !delayed);
    return session;
  }

  // Subscription mode: Checkout does not create the subscription for a card declined up front.
  const behaviour = emulator.state.cardBehaviours[paymentMethod.id];
  if (behaviour === "declined") throw cardError("card_declined", "Your card was declined.", "generic_decline");
  if (behaviour === "insufficient_funds") throw cardError("card_declined", "Your card has insufficient funds.", "insufficient_funds");
  const customer = resolveCustomer(emulator, session, email, name);
  if (!customer) throw invalidState("A subscription needs a customer.");
  attachPaymentMethod(emulator, paymentMethod, customer.id);
  updateCustomer(emulator, customer, { invoice_settings: { ...customer.invoice_settings, default_payment_method: paymentMethod.id } });
  const lineItem = emulator.state.sessionLineItems[session.id]?.[0];
  const price = lineItem?.price;
  if (!price) throw invalidState("This Checkout Session has no recurring price.");
  const subscription = buildSubscription(emulator, {
    customer,
    price,
    quantity: lineItem.quantity ?? 1,
    paymentMethod: paymentMethod.id,
    metadata: options?.subscriptionMetadata ?? {},
    description: options?.subscriptionDescription ?? null,
  });
  emulator.emit("customer.subscription.created", subscription);
  const item = subscription.items.data[0];
  const invoice = buildSubscriptionInvoice(emulator, {
    subscription,
    customer,
    billingReason: "subscription_create",
    periodStart: item?.current_period_start ?? subscription.created,
    periodEnd: item?.current_period_start ?? subscription.created,
  });
  subscription.latest_invoice = invoice.id;
  emulator.emit("invoice.created", invoice);
  finalizeInvoice(emulator, invoice, customer);
  emulator.emit("invoice.finalized", invoice);
  const attempt = payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: false });
  updateSubscription(emulator, subscription, { status: "active" });
  session.subscription = subscription.id;
  session.invoice = invoice.id;
  const debit = emulator.state.pendingDebits[attempt.paymentIntent.id];
  if (debit) debit.session = session.id;
  complete(emulator, session, customer, email, name, !debit);
  return session;
}

/** Settles a session's processing bank debit now, as a test orders (control API). */
export function settleCheckoutSession(emulator: EmulatorContext, session: Stripe.Checkout.Session, succeeded: boolean): Stripe.Checkout.Session {
  settleDebit(emulator, pendingDebitOfSession(emulator, session.id), succeeded);
  return session;
}
