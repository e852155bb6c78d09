// /v1/payment_intents: retrieve and list (by customer). They are created by payments, never directly.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId, randomTail } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

export function getPaymentIntent(emulator: EmulatorContext, id: string, param = "id"): Stripe.PaymentIntent {
  const paymentIntent = emulator.state.paymentIntents[id];
  if (!paymentIntent) throw resourceMissing("payment_intent", id, param);
  return paymentIntent;
}

export function buildPaymentIntent(
  emulator: EmulatorContext,
  input: {
    amount: number;
    currency: string;
    customer: string | null;
    paymentMethod: Stripe.PaymentMethod;
    description?: string | null;
    metadata?: Record<string, string>;
    statementDescriptorSuffix?: string | null;
    receiptEmail?: string | null;
    testClock?: string | null;
  },
): Stripe.PaymentIntent {
  const id = newId("pi", 24);
  const paymentIntent: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic",
    client_secret: `${id}_secret_${randomTail(25)}`,
    confirmation_method: "automatic",
    created: emulator.now(input.testClock),
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod.id,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: [input.paymentMethod.type],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail ?? null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: input.statementDescriptorSuffix ?? null,
    status: "requires_confirmation",
    transfer_data: null,
    transfer_group: null,
  };
  emulator.state.paymentIntents[id] = paymentIntent;
  return paymentIntent;
}

export const paymentIntentRoutes: Route[] = [
  route("GET", "/v1/payment_intents/:id", (emulator, request) => getPaymentIntent(emulator, idOf(request))),
  route("GET", "/v1/payment_intents", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const items = newestFirst(emulator.state.paymentIntents).filter((pi) => customer === undefined || pi.customer === customer);
    return paginateList(items, params, "/v1/payment_intents", "payment_intent");
  }),
];
