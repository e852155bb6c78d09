// /v1/refunds: create (full or partial, by charge or payment_intent), retrieve, list.
// Emits refund.created and charge.refunded, as Stripe does.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalInteger, optionalString, readMetadata } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, resourceMissing, StripeApiError } from "../wire/stripe-api-error";
import { getCharge } from "./charges";
import { getPaymentIntent } from "./payment-intents";

const reasons = ["duplicate", "fraudulent", "requested_by_customer"];

function chargeToRefund(emulator: EmulatorContext, chargeId: string | undefined, paymentIntentId: string | undefined): Stripe.Charge {
  if (chargeId) return getCharge(emulator, chargeId, "charge");
  if (!paymentIntentId) {
    throw new StripeApiError(400, { type: "invalid_request_error", code: "parameter_missing", message: "One of the following params should be provided for this request: payment_intent or charge.", param: "charge" });
  }
  const paymentIntent = getPaymentIntent(emulator, paymentIntentId, "payment_intent");
  const charge = paymentIntent.latest_charge ? emulator.state.charges[String(paymentIntent.latest_charge)] : undefined;
  if (!charge || paymentIntent.status !== "succeeded") {
    throw new StripeApiError(400, {
      type: "invalid_request_error",
      code: "charge_not_refundable",
      message: `This PaymentIntent (${paymentIntentId}) does not have a successful charge to refund.`,
      param: "payment_intent",
    });
  }
  return charge;
}

export const refundRoutes: Route[] = [
  route("POST", "/v1/refunds", (emulator, { params }) => {
    const charge = chargeToRefund(emulator, optionalString(params, "charge"), optionalString(params, "payment_intent"));
    if (charge.status !== "succeeded")
      throw new StripeApiError(400, { type: "invalid_request_error", code: "charge_not_refundable", message: `Charge ${charge.id} has not succeeded and cannot be refunded.`, param: "charge" });
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining <= 0) throw new StripeApiError(400, { type: "invalid_request_error", code: "charge_already_refunded", message: `Charge ${charge.id} has already been refunded.`, param: "charge" });
    const amount = optionalInteger(params, "amount") ?? remaining;
    if (amount < 1) throw invalidParam("amount", "Refund amount must be a positive integer.", "parameter_invalid_integer");
    if (amount > remaining) throw invalidParam("amount", `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, "amount_too_large");
    const reason = optionalString(params, "reason");
    if (reason !== undefined && !reasons.includes(reason)) throw invalidParam("reason", `Invalid reason: must be one of ${reasons.join(", ")}`);
    const now = emulator.now();
    const refund: Stripe.Refund = {
      id: newId("re", 24),
      object: "refund",
      amount,
      application: null,
      balance_transaction: newId("txn", 24),
      charge: charge.id,
      created: now,
      currency: charge.currency,
      customer: charge.customer,
      customer_account: null,
      destination_details: { card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" }, type: "card" },
      metadata: readMetadata(params),
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason: reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: "succeeded",
      transfer_reversal: null,
    };
    emulator.state.refunds[refund.id] = refund;
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    emulator.emit("refund.created", refund);
    emulator.emit("charge.refunded", charge, { amount_refunded: charge.amount_refunded - amount, refunded: false });
    return refund;
  }),
  route("GET", "/v1/refunds/:id", (emulator, request) => {
    const refund = emulator.state.refunds[idOf(request)];
    if (!refund) throw resourceMissing("refund", idOf(request));
    return refund;
  }),
  route("GET", "/v1/refunds", (emulator, { params }) => {
    const charge = optionalString(params, "charge");
    const paymentIntent = optionalString(params, "payment_intent");
    const items = newestFirst(emulator.state.refunds).filter((refund) => (charge === undefined || refund.charge === charge) && (paymentIntent === undefined || refund.payment_intent === paymentIntent));
    return paginateList(items, params, "/v1/refunds", "refund");
  }),
];
