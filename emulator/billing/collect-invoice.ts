// What happens to a subscription's new invoice, as Stripe does it: invoice.created, then
//   - collection paused (pause_collection): void (finalized then voided, invoice.voided),
//     mark_uncollectible (invoice.marked_uncollectible) or keep_as_draft (stays a draft); no charge;
//   - otherwise invoice.finalized and the payment with the subscription's (or customer's) default
//     payment method: paid, or declined / waiting for 3-D Secure, which makes the subscription past_due.
// An invoice for nothing (a credit covering it) is paid without a payment.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { finalizeInvoice, markInvoicePaid } from "../resources/invoices";
import { updateSubscription } from "../resources/subscriptions";
import { payInvoice } from "./pay-invoice";

export type Collection = "paid" | "unpaid" | "paused";

function applyPause(emulator: EmulatorContext, invoice: Stripe.Invoice, customer: Stripe.Customer, behavior: Stripe.Subscription.PauseCollection.Behavior): void {
  invoice.auto_advance = false;
  if (behavior === "keep_as_draft") return;
  finalizeInvoice(emulator, invoice, customer);
  emulator.emit("invoice.finalized", invoice);
  const now = emulator.now(invoice.test_clock);
  if (behavior === "void") {
    invoice.status = "void";
    invoice.amount_remaining = 0;
    invoice.status_transitions.voided_at = now;
    emulator.emit("invoice.voided", invoice);
  } else {
    invoice.status = "uncollectible";
    invoice.status_transitions.marked_uncollectible_at = now;
    emulator.emit("invoice.marked_uncollectible", invoice);
  }
}

export function defaultPaymentMethod(emulator: EmulatorContext, subscription: Stripe.Subscription, customer: Stripe.Customer): Stripe.PaymentMethod | undefined {
  const id = subscription.default_payment_method ?? customer.invoice_settings.default_payment_method;
  return id ? emulator.state.paymentMethods[typeof id === "string" ? id : id.id] : undefined;
}

export function collectSubscriptionInvoice(emulator: EmulatorContext, subscription: Stripe.Subscription, customer: Stripe.Customer, invoice: Stripe.Invoice): Collection {
  subscription.latest_invoice = invoice.id;
  emulator.emit("invoice.created", invoice);
  if (subscription.pause_collection) {
    applyPause(emulator, invoice, customer, subscription.pause_collection.behavior);
    return "paused";
  }
  finalizeInvoice(emulator, invoice, customer);
  emulator.emit("invoice.finalized", invoice);
  if (invoice.amount_due === 0) {
    markInvoicePaid(emulator, invoice);
    emulator.emit("invoice.paid", invoice);
    emulator.emit("invoice.payment_succeeded", invoice);
    return "paid";
  }
  const paymentMethod = defaultPaymentMethod(emulator, subscription, customer);
  const attempt = paymentMethod ? payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: true }) : undefined;
  if (attempt && !attempt.decline && !attempt.requiresAction) return "paid";
  updateSubscription(emulator, subscription, { status: "past_due" });
  return "unpaid";
}
