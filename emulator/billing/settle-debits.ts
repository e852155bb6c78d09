// SEPA Direct Debits settle days after the reader confirms: the payment is `processing` (charge
// `pending`), then its test IBAN decides (billing/test-ibans.ts). On a customer with a test clock
// the debit settles when the clock passes its due time (billing/due-work.ts); without one, after a
// short emulated delay on the wall clock (`debitDelayMs`; the "slow" test IBANs take three minutes),
// or when a test settles it through the control API. Events, as Stripe sends them:
//   one-time:      charge.succeeded payment_intent.succeeded checkout.session.async_payment_succeeded
//                  (or charge.failed payment_intent.payment_failed checkout.session.async_payment_failed)
//   subscription:  charge.succeeded payment_intent.succeeded invoice.paid invoice.payment_succeeded
//                  (or charge.failed payment_intent.payment_failed invoice.payment_failed
//                  customer.subscription.updated (past_due)); the first invoice's session also gets
//                  checkout.session.async_payment_succeeded / _failed.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { markInvoicePaid, recordInvoicePayment } from "../resources/invoices";
import { updateSubscription } from "../resources/subscriptions";
import type { PendingDebit } from "../state/emulator-state";
import { invalidState } from "../wire/stripe-api-error";
import { settleDelayedPayment } from "./charge-payment-method";

/** Seconds a "slow" test IBAN takes (Stripe: "after at least three minutes"). */
const SLOW_DEBIT_SECONDS = 180;
/** Seconds a test IBAN takes on a test clock: any advance past them settles it. */
const CLOCK_DEBIT_SECONDS = 5;

export function registerDebit(
  emulator: EmulatorContext,
  input: { paymentIntent: Stripe.PaymentIntent; paymentMethod: Stripe.PaymentMethod; session?: string | null; invoice?: string | null; subscription?: string | null; testClock: string | null },
): PendingDebit {
  const behaviour = emulator.state.debitBehaviours[input.paymentMethod.id] ?? { succeeds: true, slow: false };
  const delaySeconds = behaviour.slow ? SLOW_DEBIT_SECONDS : CLOCK_DEBIT_SECONDS;
  const dueAtMs = input.testClock ? (emulator.now(input.testClock) + delaySeconds) * 1000 : behaviour.slow ? Date.now() + SLOW_DEBIT_SECONDS * 1000 : Date.now() + (emulator.debitDelayMs ?? Number.POSITIVE_INFINITY);
  const debit: PendingDebit = {
    paymentIntent: input.paymentIntent.id,
    session: input.session ?? null,
    invoice: input.invoice ?? null,
    subscription: input.subscription ?? null,
    testClock: input.testClock,
    // JSON keeps no Infinity: "never by itself" is the largest safe number.
    dueAtMs: Number.isFinite(dueAtMs) ? dueAtMs : Number.MAX_SAFE_INTEGER,
    succeeds: behaviour.succeeds,
  };
  emulator.state.pendingDebits[debit.paymentIntent] = debit;
  return debit;
}

function settleInvoice(emulator: EmulatorContext, debit: PendingDebit, paymentIntent: Stripe.PaymentIntent, succeeded: boolean): void {
  const invoice = debit.invoice ? emulator.state.invoices[debit.invoice] : undefined;
  const subscription = debit.subscription ? emulator.state.subscriptions[debit.subscription] : undefined;
  if (!invoice) return;
  if (succeeded) {
    recordInvoicePayment(emulator, invoice, paymentIntent, true);
    markInvoicePaid(emulator, invoice);
    emulator.emit("invoice.paid", invoice);
    emulator.emit("invoice.payment_succeeded", invoice);
    return;
  }
  invoice.attempted = true;
  invoice.attempt_count += 1;
  invoice.next_payment_attempt = null;
  emulator.emit("invoice.payment_failed", invoice);
  if (subscription && subscription.status !== "canceled") updateSubscription(emulator, subscription, { status: "past_due" });
}

/** Settles one processing debit, as its IBAN says or as a test orders. */
export function settleDebit(emulator: EmulatorContext, debit: PendingDebit, succeeded = debit.succeeds): void {
  const paymentIntent = emulator.state.paymentIntents[debit.paymentIntent];
  delete emulator.state.pendingDebits[debit.paymentIntent];
  if (!paymentIntent || paymentIntent.status !== "processing") return;
  settleDelayedPayment(emulator, paymentIntent, succeeded);
  settleInvoice(emulator, debit, paymentIntent, succeeded);
  const session = debit.session ? emulator.state.checkoutSessions[debit.session] : undefined;
  if (!session) return;
  if (succeeded) {
    session.payment_status = "paid";
    emulator.emit("checkout.session.async_payment_succeeded", session);
  } else {
    emulator.emit("checkout.session.async_payment_failed", session);
  }
}

/** The processing debit of a Checkout Session (its payment, or its subscription's first invoice). */
export function pendingDebitOfSession(emulator: EmulatorContext, sessionId: string): PendingDebit {
  const debit = Object.values(emulator.state.pendingDebits).find((pending) => pending.session === sessionId);
  if (!debit) throw invalidState(`Checkout Session ${sessionId} has no delayed payment waiting to settle.`);
  return debit;
}

/** Debits without a test clock whose time has come (the emulator's sweep calls this). */
export function settleDueDebits(emulator: EmulatorContext, nowMs: number): number {
  const due = Object.values(emulator.state.pendingDebits).filter((debit) => !debit.testClock && debit.dueAtMs <= nowMs);
  for (const debit of due) settleDebit(emulator, debit);
  return due.length;
}

/** Debits on this test clock due at or before `target` (seconds), for the clock's advance. */
export function debitsDueOnClock(emulator: EmulatorContext, clockId: string, target: number): { at: number; run: () => void }[] {
  return Object.values(emulator.state.pendingDebits)
    .filter((debit) => debit.testClock === clockId && debit.dueAtMs <= target * 1000)
    .map((debit) => ({ at: Math.ceil(debit.dueAtMs / 1000), run: () => settleDebit(emulator, debit) }));
}
