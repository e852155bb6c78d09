// Paying an open Checkout Session, from the hosted page or the control API, with the events
// Stripe emits, in its usual order:
//   payment mode:      [customer.created] payment_intent.created charge.succeeded
//                      payment_intent.succeeded checkout.session.completed
//   subscription mode: customer.created payment_method.attached customer.subscription.created
//                      invoice.created invoice.finalized payment_intent.created charge.succeeded
//                      payment_intent.succeeded invoice.paid invoice.payment_succeeded
//                      customer.subscription.updated (incomplete -> active) checkout.session.completed
//   bank debit:        ... payment_intent.processing checkout.session.completed (payment_status
//                      unpaid); later checkout.session.async_payment_succeeded or _failed
//   setup mode:        billing/complete-setup-session.ts (a saved card, no payment)
// A declined card leaves the session open (payment mode also emits charge.failed and
// payment_intent.payment_failed, as Stripe does) and answers a card_error.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { createCustomer, updateCustomer } from "../resources/customers";
import { buildSubscriptionInvoice, finalizeInvoice } from "../resources/invoices";
import { attachPaymentMethod, createBankDebitPaymentMethod, createCardPaymentMethod } from "../resources/payment-methods";
import { buildSubscription, updateSubscription } from "../resources/subscriptions";
import { expireIfDue } from "../resources/checkout-sessions";
import { invalidState } from "../wire/stripe-api-error";
import { chargePaymentMethod, settleDelayedPayment } from "./charge-payment-method";
import { completeSetupSession } from "./complete-setup-session";
import { payInvoice } from "./pay-invoice";
import { cardError } from "./test-cards";

export type CheckoutPayment = {
  method?: "card" | "bank_debit";
  card?: string;
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

export function payCheckoutSession(emulator: EmulatorContext, session: Stripe.Checkout.Session, input: CheckoutPayment): Stripe.Checkout.Session {
  expireIfDue(emulator, session);
  if (session.status !== "open") throw invalidState(`This Checkout Session is ${session.status} and can no longer be paid.`);
  const email = customerEmail(session, input);
  const name = input.name?.trim() || null;
  const method = input.method ?? "card";
  if (method === "bank_debit" && session.mode !== "payment") throw invalidState("The emulator offers the delayed bank debit in payment mode only.");
  // Validates the card number before anything is created.
  const paymentMethod =
    method === "bank_debit" ? createBankDebitPaymentMethod(emulator, { name, email }) : createCardPaymentMethod(emulator, { number: input.card ?? "", expMonth: input.expMonth, expYear: input.expYear, name, email });
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
    if (delayed) emulator.state.pendingSettlements[session.id] = { paymentIntent: attempt.paymentIntent.id };
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
  payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: false });
  updateSubscription(emulator, subscription, { status: "active" });
  session.subscription = subscription.id;
  session.invoice = invoice.id;
  complete(emulator, session, customer, email, name, true);
  return session;
}

/** Settles a session paid by bank debit: checkout.session.async_payment_succeeded or _failed. */
export function settleCheckoutSession(emulator: EmulatorContext, session: Stripe.Checkout.Session, succeeded: boolean): Stripe.Checkout.Session {
  const pending = emulator.state.pendingSettlements[session.id];
  const paymentIntent = pending ? emulator.state.paymentIntents[pending.paymentIntent] : undefined;
  if (!pending || !paymentIntent) throw invalidState(`Checkout Session ${session.id} has no delayed payment waiting to settle.`);
  delete emulator.state.pendingSettlements[session.id];
  settleDelayedPayment(emulator, paymentIntent, succeeded);
  if (succeeded) {
    session.payment_status = "paid";
    emulator.emit("checkout.session.async_payment_succeeded", session);
  } else {
    emulator.emit("checkout.session.async_payment_failed", session);
  }
  return session;
}
