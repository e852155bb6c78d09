// One payment attempt: a PaymentIntent confirmed with a payment method, its Charge, and the
// events Stripe emits for it (payment_intent.created, charge.succeeded, payment_intent.succeeded,
// or charge.failed, payment_intent.payment_failed). A bank debit stays processing/pending. A
// renewal with the 3-D Secure card stops at requires_action (payment_intent.requires_action) with
// no charge until the reader confirms (billing/confirm-payment-action.ts).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { recordChargeBalanceTransaction } from "../resources/balance-transactions";
import { buildCharge } from "../resources/charges";
import { buildPaymentIntent } from "../resources/payment-intents";
import { declineFor, needsAuthentication } from "./test-cards";

export type PaymentAttempt = {
  paymentIntent: Stripe.PaymentIntent;
  /** Absent while the payment waits for the reader to authenticate it. */
  charge?: Stripe.Charge;
  decline?: { code: string; declineCode: string; message: string };
  requiresAction?: boolean;
};

export function chargePaymentMethod(
  emulator: EmulatorContext,
  input: {
    amount: number;
    currency: string;
    customer: string | null;
    paymentMethod: Stripe.PaymentMethod;
    description?: string | null;
    metadata?: Record<string, string>;
    /** The payment's own suffix (Checkout's payment_intent_data), recorded on the intent and charge. */
    statementDescriptorSuffix?: string | null;
    /** A subscription product's statement_descriptor: what the statement shows for invoice charges. */
    productStatementDescriptor?: string | null;
    receiptEmail?: string | null;
    renewal: boolean;
    testClock?: string | null;
    /** Emit payment_intent.created (false when retrying an existing intent). */
    existingIntent?: Stripe.PaymentIntent;
  },
): PaymentAttempt {
  const paymentIntent = input.existingIntent ?? buildPaymentIntent(emulator, input);
  if (!input.existingIntent) emulator.emit("payment_intent.created", paymentIntent);
  paymentIntent.payment_method = input.paymentMethod.id;
  paymentIntent.payment_method_types = [input.paymentMethod.type];
  const behaviour = emulator.state.cardBehaviours[input.paymentMethod.id] ?? "succeeds";
  if (needsAuthentication(behaviour, input.renewal)) {
    paymentIntent.status = "requires_action";
    paymentIntent.next_action = { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: "", source: "" } };
    emulator.emit("payment_intent.requires_action", paymentIntent);
    return { paymentIntent, requiresAction: true };
  }
  const decline = declineFor(behaviour, input.renewal);
  const delayed = input.paymentMethod.type === "sepa_debit";
  const charge = buildCharge(
    emulator,
    paymentIntent,
    input.paymentMethod,
    decline ? { status: "failed", failureCode: decline.code, declineCode: decline.declineCode, failureMessage: decline.message } : { status: delayed ? "pending" : "succeeded" },
    input.testClock,
    input.productStatementDescriptor,
  );
  paymentIntent.latest_charge = charge.id;
  if (decline) {
    paymentIntent.status = "requires_payment_method";
    paymentIntent.last_payment_error = {
      charge: charge.id,
      code: decline.code,
      decline_code: decline.declineCode,
      doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, "-")}`,
      message: decline.message,
      payment_method: structuredClone(input.paymentMethod),
      type: "card_error",
    };
    emulator.emit("charge.failed", charge);
    emulator.emit("payment_intent.payment_failed", paymentIntent);
    return { paymentIntent, charge, decline };
  }
  paymentIntent.last_payment_error = null;
  if (delayed) {
    paymentIntent.status = "processing";
    emulator.emit("charge.pending", charge);
    emulator.emit("payment_intent.processing", paymentIntent);
    return { paymentIntent, charge };
  }
  paymentIntent.status = "succeeded";
  paymentIntent.amount_received = paymentIntent.amount;
  emulator.emit("charge.succeeded", charge);
  emulator.emit("payment_intent.succeeded", paymentIntent);
  return { paymentIntent, charge };
}

/** Settles a processing bank debit: it succeeds or fails days later. */
export function settleDelayedPayment(emulator: EmulatorContext, paymentIntent: Stripe.PaymentIntent, succeeded: boolean): Stripe.Charge {
  const charge = paymentIntent.latest_charge ? emulator.state.charges[String(paymentIntent.latest_charge)] : undefined;
  if (!charge) throw new Error(`payment intent ${paymentIntent.id} has no charge to settle`);
  if (succeeded) {
    charge.status = "succeeded";
    charge.paid = true;
    charge.amount_captured = charge.amount;
    const customer = typeof charge.customer === "string" ? emulator.state.customers[charge.customer] : undefined;
    charge.balance_transaction = recordChargeBalanceTransaction(emulator, charge, emulator.now(customer?.test_clock)).id;
    paymentIntent.status = "succeeded";
    paymentIntent.amount_received = paymentIntent.amount;
    emulator.emit("charge.succeeded", charge);
    emulator.emit("payment_intent.succeeded", paymentIntent);
  } else {
    charge.status = "failed";
    charge.captured = false;
    charge.failure_code = "insufficient_funds";
    charge.failure_message = "The account has insufficient funds to cover this payment.";
    paymentIntent.status = "requires_payment_method";
    paymentIntent.last_payment_error = { charge: charge.id, code: "insufficient_funds", message: charge.failure_message, type: "invalid_request_error" };
    emulator.emit("charge.failed", charge);
    emulator.emit("payment_intent.payment_failed", paymentIntent);
  }
  return charge;
}
