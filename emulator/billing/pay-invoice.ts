// Charges an open invoice with the subscription's payment method and emits what Stripe emits:
// the payment's events, then invoice.paid + invoice.payment_succeeded, or invoice.payment_failed
// (and invoice.payment_action_required when the card waits for 3-D Secure). A bank debit leaves
// the invoice open while it is processing.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { markInvoicePaid, recordInvoicePayment } from "../resources/invoices";
import { chargePaymentMethod, type PaymentAttempt } from "./charge-payment-method";
import { registerDebit } from "./settle-debits";

const RETRY_AFTER_SECONDS = 3 * 86_400;

/** The subscription's product's statement_descriptor, read at each charge so a change applies to the next renewal. */
function productDescriptorOf(emulator: EmulatorContext, subscription: Stripe.Subscription): string | null {
  const product = subscription.items.data[0]?.price.product;
  return (product ? emulator.state.products[typeof product === "string" ? product : product.id]?.statement_descriptor : null) ?? null;
}

export function payInvoice(
  emulator: EmulatorContext,
  input: { invoice: Stripe.Invoice; subscription: Stripe.Subscription; customer: Stripe.Customer; paymentMethod: Stripe.PaymentMethod; renewal: boolean },
): PaymentAttempt {
  const { invoice, subscription, customer, paymentMethod } = input;
  const attempt = chargePaymentMethod(emulator, {
    amount: invoice.amount_due,
    currency: invoice.currency,
    customer: customer.id,
    paymentMethod,
    description: input.renewal ? "Subscription update" : "Subscription creation",
    metadata: {},
    productStatementDescriptor: productDescriptorOf(emulator, subscription),
    receiptEmail: customer.email,
    renewal: input.renewal,
    testClock: subscription.test_clock ? String(subscription.test_clock) : null,
  });
  recordInvoicePayment(emulator, invoice, attempt.paymentIntent, !attempt.decline && !attempt.requiresAction);
  invoice.default_payment_method = paymentMethod.id;
  if (attempt.requiresAction) {
    invoice.attempted = true;
    invoice.attempt_count += 1;
    invoice.next_payment_attempt = null;
    emulator.emit("invoice.payment_failed", invoice);
    emulator.emit("invoice.payment_action_required", invoice);
    return attempt;
  }
  if (attempt.paymentIntent.status === "processing") {
    // A bank debit: the invoice stays open until it settles (billing/settle-debits.ts); the
    // subscription counts it as paid meanwhile, as Stripe does.
    invoice.attempted = true;
    registerDebit(emulator, { paymentIntent: attempt.paymentIntent, paymentMethod, invoice: invoice.id, subscription: subscription.id, testClock: subscription.test_clock ? String(subscription.test_clock) : null });
    return attempt;
  }
  if (attempt.decline) {
    invoice.attempted = true;
    invoice.attempt_count += 1;
    invoice.next_payment_attempt = emulator.now(subscription.test_clock) + RETRY_AFTER_SECONDS;
    emulator.emit("invoice.payment_failed", invoice);
    return attempt;
  }
  markInvoicePaid(emulator, invoice);
  emulator.emit("invoice.paid", invoice);
  emulator.emit("invoice.payment_succeeded", invoice);
  return attempt;
}
