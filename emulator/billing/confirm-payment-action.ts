// The reader answers 3-D Secure for an invoice's payment that waits for them (requires_action), on
// the hosted invoice page. Confirmed: the charge goes through (charge.succeeded,
// payment_intent.succeeded), the invoice is paid (invoice.paid, invoice.payment_succeeded) and a
// past-due subscription is active again. Failed: payment_intent.payment_failed, the invoice stays open.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { buildCharge } from "../resources/charges";
import { markInvoicePaid, recordInvoicePayment } from "../resources/invoices";
import { updateSubscription } from "../resources/subscriptions";
import { invalidState } from "../wire/stripe-api-error";

/** The payment of this invoice that waits for the reader, if any. */
export function paymentAwaitingAction(emulator: EmulatorContext, invoice: Stripe.Invoice): Stripe.PaymentIntent | undefined {
  if (invoice.status !== "open") return undefined;
  const payments = Object.values(emulator.state.invoicePayments).filter((payment) => payment.invoice === invoice.id);
  const intents = payments.map((payment) => emulator.state.paymentIntents[String(payment.payment.payment_intent)]);
  return intents.reverse().find((intent) => intent?.status === "requires_action");
}

export function confirmPaymentAction(emulator: EmulatorContext, invoice: Stripe.Invoice, authenticated: boolean): Stripe.Invoice {
  const paymentIntent = paymentAwaitingAction(emulator, invoice);
  const paymentMethod = paymentIntent ? emulator.state.paymentMethods[String(paymentIntent.payment_method)] : undefined;
  if (!paymentIntent || !paymentMethod) throw invalidState(`Invoice ${invoice.id} has no payment waiting for authentication.`);
  paymentIntent.next_action = null;
  if (!authenticated) {
    paymentIntent.status = "requires_payment_method";
    paymentIntent.last_payment_error = {
      code: "payment_intent_authentication_failure",
      doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
      message: "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
      payment_method: structuredClone(paymentMethod),
      type: "invalid_request_error",
    };
    emulator.emit("payment_intent.payment_failed", paymentIntent);
    return invoice;
  }
  const charge = buildCharge(emulator, paymentIntent, paymentMethod, { status: "succeeded" }, invoice.test_clock ? String(invoice.test_clock) : null);
  paymentIntent.latest_charge = charge.id;
  paymentIntent.status = "succeeded";
  paymentIntent.amount_received = paymentIntent.amount;
  paymentIntent.last_payment_error = null;
  emulator.emit("charge.succeeded", charge);
  emulator.emit("payment_intent.succeeded", paymentIntent);
  recordInvoicePayment(emulator, invoice, paymentIntent, true);
  markInvoicePaid(emulator, invoice);
  emulator.emit("invoice.paid", invoice);
  emulator.emit("invoice.payment_succeeded", invoice);
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  const subscription = subscriptionId ? emulator.state.subscriptions[String(subscriptionId)] : undefined;
  if (subscription?.status === "past_due" && subscription.latest_invoice === invoice.id) updateSubscription(emulator, subscription, { status: "active" });
  return invoice;
}
