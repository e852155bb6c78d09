// /v1/charges: retrieve and list (by customer or payment_intent). Created by payments.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { calculateStatementDescriptor } from "../billing/statement-descriptor";
import { newId, randomTail } from "../state/new-id";
import { recordChargeBalanceTransaction } from "./balance-transactions";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

export function getCharge(emulator: EmulatorContext, id: string, param = "id"): Stripe.Charge {
  const charge = emulator.state.charges[id];
  if (!charge) throw resourceMissing("charge", id, param);
  return charge;
}

function paymentMethodDetails(emulator: EmulatorContext, paymentMethod: Stripe.PaymentMethod, amount: number): Stripe.Charge.PaymentMethodDetails {
  const card = paymentMethod.card;
  if (!card) {
    const sepa = paymentMethod.sepa_debit;
    return {
      type: paymentMethod.type,
      sepa_debit: {
        bank_code: sepa?.bank_code ?? null,
        branch_code: sepa?.branch_code ?? null,
        country: sepa?.country ?? null,
        fingerprint: sepa?.fingerprint ?? null,
        last4: sepa?.last4 ?? null,
        mandate: emulator.state.debitBehaviours[paymentMethod.id]?.mandate ?? null,
      },
    };
  }
  return {
    type: "card",
    card: {
      amount_authorized: amount,
      authorization_code: null,
      brand: card.brand,
      checks: card.checks,
      country: card.country,
      electronic_commerce_indicator: null,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      extended_authorization: { status: "disabled" },
      fingerprint: card.fingerprint,
      funding: card.funding,
      incremental_authorization: { status: "unavailable" },
      installments: null,
      last4: card.last4,
      mandate: null,
      multicapture: { status: "unavailable" },
      network: card.brand,
      network_token: { used: false },
      network_transaction_id: randomTail(15),
      overcapture: { maximum_amount_capturable: amount, status: "unavailable" },
      regulated_status: "unregulated",
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  };
}

export type ChargeOutcome = { status: "succeeded" | "pending" | "failed"; failureCode?: string; declineCode?: string; failureMessage?: string };

/** `productDescriptor`: an invoice charge shows its product's statement_descriptor where a payment would show its own suffix. */
export function buildCharge(
  emulator: EmulatorContext,
  paymentIntent: Stripe.PaymentIntent,
  paymentMethod: Stripe.PaymentMethod,
  outcome: ChargeOutcome,
  testClock?: string | null,
  productDescriptor?: string | null,
): Stripe.Charge {
  const id = newId("ch", 24);
  const succeeded = outcome.status === "succeeded";
  const charge: Stripe.Charge = {
    id,
    object: "charge",
    amount: paymentIntent.amount,
    amount_captured: succeeded ? paymentIntent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { ...paymentMethod.billing_details },
    calculated_statement_descriptor: calculateStatementDescriptor(paymentIntent.statement_descriptor_suffix ?? productDescriptor),
    captured: outcome.status !== "failed",
    created: emulator.now(testClock),
    currency: paymentIntent.currency,
    customer: paymentIntent.customer,
    description: paymentIntent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: outcome.failureCode ?? null,
    failure_message: outcome.failureMessage ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...paymentIntent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: outcome.status === "failed" ? "declined_by_network" : "approved_by_network",
      reason: outcome.declineCode ?? null,
      risk_level: "normal",
      risk_score: 20,
      seller_message: outcome.status === "failed" ? "The bank did not return any further details with this decline." : "Payment complete.",
      type: outcome.status === "failed" ? "issuer_declined" : "authorized",
    },
    paid: succeeded,
    payment_intent: paymentIntent.id,
    payment_method: paymentMethod.id,
    payment_method_details: paymentMethodDetails(emulator, paymentMethod, paymentIntent.amount),
    radar_options: {},
    receipt_email: paymentIntent.receipt_email,
    receipt_number: null,
    receipt_url: `${emulator.baseUrl()}/receipts/${id}`,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: paymentIntent.statement_descriptor_suffix,
    status: outcome.status,
    transfer_data: null,
    transfer_group: null,
  };
  if (succeeded) charge.balance_transaction = recordChargeBalanceTransaction(emulator, charge, charge.created).id;
  emulator.state.charges[id] = charge;
  return charge;
}

export const chargeRoutes: Route[] = [
  route("GET", "/v1/charges/:id", (emulator, request) => getCharge(emulator, idOf(request))),
  route("GET", "/v1/charges", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const paymentIntent = optionalString(params, "payment_intent");
    const items = newestFirst(emulator.state.charges).filter((charge) => (customer === undefined || charge.customer === customer) && (paymentIntent === undefined || charge.payment_intent === paymentIntent));
    return paginateList(items, params, "/v1/charges", "charge");
  }),
];
