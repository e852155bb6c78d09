// The parameters each route of the emulated API honours, keyed "METHOD /v1/path/:id" as in
// api-routes.ts. Anything else is refused with Stripe's parameter_unknown (refuse-unknown-params.ts),
// including a parameter Stripe knows but the emulator does not emulate: a test then fails loudly
// instead of passing on a parameter silently ignored. `expand` is known everywhere.
// A route without an entry answers every parameter as unknown (known-params.test.ts keeps the table whole).
import type { ParamSpec, ParamTable } from "./refuse-unknown-params";

const any = true;
const list: ParamTable = { limit: any, starting_after: any, ending_before: any, created: { gt: any, gte: any, lt: any, lte: any } };
const none: ParamTable = {};

const productData: ParamSpec = { name: any, description: any, metadata: any };
const recurring: ParamSpec = { interval: any, interval_count: any };
const priceData: ParamSpec = { currency: any, unit_amount: any, product: any, product_data: productData, recurring };
const subscriptionItem: ParamSpec = { id: any, price: any, price_data: priceData, quantity: any };
const phaseItem: ParamSpec = { price: any, quantity: any, metadata: any };
const phase: ParamSpec = {
  items: phaseItem,
  start_date: any,
  end_date: any,
  duration: { interval: any, interval_count: any },
  proration_behavior: any,
  metadata: any,
  default_payment_method: any,
};

export const knownParams: Record<string, ParamTable> = {
  "POST /v1/customers": { email: any, name: any, phone: any, description: any, metadata: any, test_clock: any },
  "GET /v1/customers/:id": none,
  "POST /v1/customers/:id": { email: any, name: any, phone: any, description: any, metadata: any, invoice_settings: { default_payment_method: any } },
  "DELETE /v1/customers/:id": none,
  "GET /v1/customers": { ...list, email: any, test_clock: any },

  "GET /v1/prices/:id": none,
  "GET /v1/products/:id": none,
  // The catalogue routes of branch stripe-discretion (products and prices through the API).
  "POST /v1/prices": { currency: any, unit_amount: any, product: any, product_data: productData, recurring, active: any, lookup_key: any, transfer_lookup_key: any, metadata: any, nickname: any },
  "POST /v1/prices/:id": { active: any, lookup_key: any, transfer_lookup_key: any, metadata: any, nickname: any },
  "GET /v1/prices": { ...list, active: any, product: any, currency: any, type: any, lookup_keys: any },
  "POST /v1/products": { id: any, name: any, description: any, statement_descriptor: any, metadata: any, active: any },
  "POST /v1/products/:id": { name: any, description: any, statement_descriptor: any, metadata: any, active: any },
  "GET /v1/products": { ...list, active: any, ids: any },

  "POST /v1/checkout/sessions": {
    mode: any,
    line_items: { quantity: any, price: any, price_data: priceData },
    submit_type: any,
    customer: any,
    customer_email: any,
    customer_creation: any,
    client_reference_id: any,
    metadata: any,
    success_url: any,
    cancel_url: any,
    expires_at: any,
    locale: any,
    currency: any,
    payment_method_types: any,
    subscription_data: { metadata: any, description: any },
    payment_intent_data: { metadata: any, description: any, statement_descriptor_suffix: any },
    setup_intent_data: { metadata: any, description: any },
  },
  "GET /v1/checkout/sessions/:id": none,
  "POST /v1/checkout/sessions/:id/expire": none,
  "GET /v1/checkout/sessions/:id/line_items": list,
  "GET /v1/checkout/sessions": { ...list, customer: any, status: any, payment_intent: any, subscription: any, customer_details: { email: any } },

  "GET /v1/payment_methods/:id": none,
  "GET /v1/payment_intents/:id": none,
  "GET /v1/payment_intents": { ...list, customer: any },
  "GET /v1/setup_intents/:id": none,
  "GET /v1/setup_intents": { ...list, customer: any },
  "GET /v1/charges/:id": none,
  "GET /v1/charges": { ...list, customer: any, payment_intent: any },
  "GET /v1/balance_transactions/:id": none,
  "GET /v1/balance_transactions": { ...list, source: any, type: any, currency: any },

  "GET /v1/invoices/:id": none,
  "GET /v1/invoices": { ...list, customer: any, subscription: any, status: any },
  "POST /v1/invoices/:id/pay": { payment_method: any, off_session: any },
  "GET /v1/invoice_payments/:id": none,
  "GET /v1/invoice_payments": { ...list, invoice: any },

  "GET /v1/subscriptions/:id": none,
  "GET /v1/subscriptions": { ...list, customer: any, status: any, test_clock: any },
  "POST /v1/subscriptions/:id": {
    items: subscriptionItem,
    proration_behavior: any,
    pause_collection: { behavior: any, resumes_at: any },
    cancel_at_period_end: any,
    cancellation_details: { comment: any, feedback: any },
    default_payment_method: any,
    description: any,
    metadata: any,
  },
  "DELETE /v1/subscriptions/:id": { cancellation_details: { comment: any, feedback: any } },

  "POST /v1/subscription_schedules": { from_subscription: any, end_behavior: any, metadata: any },
  "GET /v1/subscription_schedules/:id": none,
  "GET /v1/subscription_schedules": { ...list, customer: any },
  "POST /v1/subscription_schedules/:id": { phases: phase, end_behavior: any, metadata: any, proration_behavior: any },
  "POST /v1/subscription_schedules/:id/release": { preserve_cancel_date: any },
  "POST /v1/subscription_schedules/:id/cancel": { invoice_now: any, prorate: any },

  "POST /v1/refunds": { charge: any, payment_intent: any, amount: any, reason: any, metadata: any },
  "GET /v1/refunds/:id": none,
  "GET /v1/refunds": { ...list, charge: any, payment_intent: any },

  "GET /v1/disputes/:id": none,
  "POST /v1/disputes/:id/close": none,
  "GET /v1/disputes": { ...list, charge: any, payment_intent: any },

  "POST /v1/billing_portal/sessions": { customer: any, return_url: any, locale: any, flow_data: { type: any } },

  "GET /v1/events/:id": none,
  "GET /v1/events": { ...list, type: any, types: any },

  "POST /v1/test_helpers/test_clocks": { frozen_time: any, name: any },
  "GET /v1/test_helpers/test_clocks/:id": none,
  "GET /v1/test_helpers/test_clocks": list,
  "DELETE /v1/test_helpers/test_clocks/:id": none,
  "POST /v1/test_helpers/test_clocks/:id/advance": { frozen_time: any },
};

export const knownParamsFor = (method: string, path: string): ParamTable | undefined => knownParams[`${method} ${path}`];
