// Disputes: opened and closed through the control API (a reader's bank does that, not the
// merchant); /v1/disputes retrieves, lists, and closes (the merchant accepting the loss).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, invalidState, resourceMissing } from "../wire/stripe-api-error";

const emptyEvidence: Stripe.Dispute.Evidence = {
  access_activity_log: null,
  appeal: null,
  billing_address: null,
  cancellation_policy: null,
  cancellation_policy_disclosure: null,
  cancellation_rebuttal: null,
  customer_communication: null,
  customer_email_address: null,
  customer_name: null,
  customer_purchase_ip: null,
  customer_signature: null,
  duplicate_charge_documentation: null,
  duplicate_charge_explanation: null,
  duplicate_charge_id: null,
  enhanced_evidence: {},
  product_description: null,
  receipt: null,
  refund_policy: null,
  refund_policy_disclosure: null,
  refund_refusal_explanation: null,
  service_date: null,
  service_documentation: null,
  shipping_address: null,
  shipping_carrier: null,
  shipping_date: null,
  shipping_documentation: null,
  shipping_tracking_number: null,
  uncategorized_file: null,
  uncategorized_text: null,
};

export function getDispute(emulator: EmulatorContext, id: string): Stripe.Dispute {
  const dispute = emulator.state.disputes[id];
  if (!dispute) throw resourceMissing("dispute", id);
  return dispute;
}

export function openDispute(emulator: EmulatorContext, chargeOrPaymentIntent: string, input: { reason?: string; amount?: number }): Stripe.Dispute {
  const viaIntent = emulator.state.paymentIntents[chargeOrPaymentIntent]?.latest_charge;
  const chargeId = viaIntent ? String(viaIntent) : chargeOrPaymentIntent;
  const charge = emulator.state.charges[chargeId];
  if (!charge) throw resourceMissing("charge", chargeOrPaymentIntent, "charge");
  if (charge.status !== "succeeded") throw invalidState(`Charge ${charge.id} has not succeeded; only a paid charge can be disputed.`);
  if (charge.disputed) throw invalidState(`Charge ${charge.id} is already disputed.`);
  const amount = input.amount ?? charge.amount - charge.amount_refunded;
  if (!Number.isInteger(amount) || amount < 1 || amount > charge.amount) throw invalidParam("amount", `The dispute amount must be between 1 and ${charge.amount}.`);
  const now = emulator.now();
  const dispute: Stripe.Dispute = {
    id: newId("dp", 24),
    object: "dispute",
    amount,
    balance_transactions: [],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: emptyEvidence,
    evidence_details: { due_by: now + 7 * 86_400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: "not_submitted" },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    payment_method_details: {
      card: { brand: charge.payment_method_details?.card?.brand ?? "visa", case_type: "chargeback", network: charge.payment_method_details?.card?.network ?? "visa", network_reason_code: "10.4" },
      type: "card",
    },
    reason: input.reason ?? "fraudulent",
    status: "needs_response",
  };
  emulator.state.disputes[dispute.id] = dispute;
  charge.disputed = true;
  emulator.emit("charge.dispute.created", dispute);
  return dispute;
}

export function closeDispute(emulator: EmulatorContext, id: string, status: "won" | "lost"): Stripe.Dispute {
  const dispute = getDispute(emulator, id);
  if (dispute.status === "won" || dispute.status === "lost") throw invalidState(`Dispute ${id} is already closed (${dispute.status}).`);
  dispute.status = status;
  emulator.emit("charge.dispute.closed", dispute);
  return dispute;
}

export const disputeRoutes: Route[] = [
  route("GET", "/v1/disputes/:id", (emulator, request) => getDispute(emulator, idOf(request))),
  route("POST", "/v1/disputes/:id/close", (emulator, request) => closeDispute(emulator, idOf(request), "lost")),
  route("GET", "/v1/disputes", (emulator, { params }) => {
    const charge = optionalString(params, "charge");
    const paymentIntent = optionalString(params, "payment_intent");
    const items = newestFirst(emulator.state.disputes).filter((dispute) => (charge === undefined || dispute.charge === charge) && (paymentIntent === undefined || dispute.payment_intent === paymentIntent));
    return paginateList(items, params, "/v1/disputes", "dispute");
  }),
];
