// /v1/checkout/sessions: create (payment, subscription, and setup mode to save a card), retrieve (expand line_items,
// customer, payment_intent, subscription, invoice...), list, expire, and list line items.
// Paying happens on the hosted page or through the control API (billing/pay-checkout-session.ts).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newCheckoutSessionId, newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import type { FormObject } from "../wire/parse-form";
import { child, objectAt, optionalArray, optionalInteger, optionalObject, optionalString, readMetadata, requiredInteger, requiredString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, invalidState, missingParam, resourceMissing, StripeApiError } from "../wire/stripe-api-error";
import { readStatementDescriptorSuffix } from "../billing/statement-descriptor";
import { getCustomer } from "./customers";
import { resolvePrice } from "./prices";

const MINIMUM_CHARGE: Record<string, number> = { usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, chf: 50, jpy: 50, sek: 300, nok: 300, dkk: 250, pln: 200, brl: 50, mxn: 1000, inr: 50 };
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
const submitTypes = ["auto", "book", "donate", "pay", "subscribe"];
const modes = ["payment", "subscription", "setup"];

export function getCheckoutSession(emulator: EmulatorContext, id: string, param = "session"): Stripe.Checkout.Session {
  const session = emulator.state.checkoutSessions[id];
  if (!session) throw resourceMissing("checkout.session", id, param);
  return session;
}

function formatMinimum(amount: number, currency: string): string {
  const major = ZERO_DECIMAL.has(currency) ? amount : amount / 100;
  return `${major.toFixed(ZERO_DECIMAL.has(currency) ? 0 : 2)} ${currency}`;
}

function readLineItems(emulator: EmulatorContext, params: FormObject, mode: string): Stripe.LineItem[] {
  const items = optionalArray(params, "line_items");
  if (!items || items.length === 0) throw missingParam("line_items");
  const lineItems = items.map((raw, index): Stripe.LineItem => {
    const param = `line_items[${index}]`;
    const item = objectAt(raw, param);
    const quantity = requiredInteger(item, "quantity", child(param, "quantity"));
    if (quantity < 1) throw invalidParam(child(param, "quantity"), "Quantity must be greater than or equal to 1.", "parameter_invalid_integer");
    const price = resolvePrice(emulator, item, param);
    // Stripe takes only active prices by id (an inline price_data price is inactive by design).
    if (item.price !== undefined && !price.active) throw invalidParam(child(param, "price"), "The price specified is inactive. This field only accepts active prices.");
    if (mode === "payment" && price.recurring) {
      throw invalidParam("line_items", "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.");
    }
    const amount = (price.unit_amount ?? 0) * quantity;
    const product = emulator.state.products[String(price.product)];
    return {
      id: newId("li", 24),
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: price.currency,
      description: product?.name ?? null,
      metadata: {},
      price: structuredClone(price),
      quantity,
    };
  });
  if (mode === "subscription") {
    const recurring = lineItems.filter((item) => item.price?.recurring);
    if (recurring.length === 0) throw invalidParam("line_items", "You must provide at least one recurring price in `subscription` mode when using prices.");
    if (lineItems.length > 1) throw invalidParam("line_items", "The emulator supports one line item in `subscription` mode.");
  }
  const currencies = new Set(lineItems.map((item) => item.currency));
  if (currencies.size > 1) throw invalidParam("line_items", "All line items must use the same currency.");
  return lineItems;
}

function readExpiresAt(emulator: EmulatorContext, params: FormObject, now: number): number {
  const expiresAt = optionalInteger(params, "expires_at");
  if (expiresAt === undefined) return now + 24 * 3600;
  if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600) {
    throw invalidParam("expires_at", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "parameter_invalid_integer");
  }
  return expiresAt;
}

export function createCheckoutSession(emulator: EmulatorContext, params: FormObject): Stripe.Checkout.Session {
  const mode = requiredString(params, "mode");
  if (!modes.includes(mode)) throw invalidParam("mode", `Invalid mode: must be one of ${modes.join(", ")}`);
  const setup = mode === "setup";
  const customerId = optionalString(params, "customer");
  const customerEmail = optionalString(params, "customer_email");
  if (customerId && customerEmail) throw invalidParam("customer_email", "You may only specify one of these parameters: customer, customer_email.");
  const customer = customerId ? getCustomer(emulator, customerId, "customer") : undefined;
  const customerCreation = optionalString(params, "customer_creation");
  if (customerCreation !== undefined) {
    if (!["always", "if_required"].includes(customerCreation)) throw invalidParam("customer_creation", "Invalid customer_creation: must be one of always, if_required");
    if (mode !== "payment") throw invalidParam("customer_creation", "`customer_creation` can only be used in `payment` mode.");
    if (customer) throw invalidParam("customer_creation", "You may only specify one of these parameters: customer, customer_creation.");
  }
  const submitType = optionalString(params, "submit_type");
  if (submitType !== undefined && !submitTypes.includes(submitType)) throw invalidParam("submit_type", `Invalid submit_type: must be one of ${submitTypes.join(", ")}`);
  if (submitType !== undefined && setup) throw invalidParam("submit_type", "`submit_type` cannot be used in `setup` mode.");
  if (submitType !== undefined && mode === "subscription" && submitType !== "auto" && submitType !== "subscribe") {
    throw invalidParam("submit_type", "`submit_type` can only be `auto` or `subscribe` in `subscription` mode.");
  }
  const clientReferenceId = optionalString(params, "client_reference_id");
  if (clientReferenceId !== undefined && clientReferenceId.length > 200) throw invalidParam("client_reference_id", "client_reference_id must be at most 200 characters.");
  const successUrl = optionalString(params, "success_url");
  const cancelUrl = optionalString(params, "cancel_url");
  for (const [key, value] of [
    ["success_url", successUrl],
    ["cancel_url", cancelUrl],
  ] as const) {
    if (value !== undefined && !/^https?:\/\/.+/.test(value)) throw invalidParam(key, "Not a valid URL", "url_invalid");
  }
  if (setup && params.line_items !== undefined) throw invalidParam("line_items", "You cannot pass `line_items` in `setup` mode.");
  const lineItems = setup ? [] : readLineItems(emulator, params, mode);
  const currency = setup ? (optionalString(params, "currency")?.toLowerCase() ?? null) : (lineItems[0]?.currency ?? "usd");
  const total = setup ? null : lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  const minimum = MINIMUM_CHARGE[currency ?? "usd"] ?? 50;
  if (total !== null && currency !== null && total < minimum) {
    throw new StripeApiError(400, {
      type: "invalid_request_error",
      code: "amount_too_small",
      message: `The Checkout Session's total amount due must add up to at least ${formatMinimum(minimum, currency)}`,
      param: "line_items",
    });
  }
  const testClock = customer?.test_clock ? String(customer.test_clock) : null;
  const now = emulator.now(testClock);
  const id = newCheckoutSessionId();
  // Without payment_method_types, Stripe offers the methods turned on in the dashboard that fit the
  // currency and mode: the emulated account has cards and SEPA Direct Debit (euro, not setup mode).
  const enabledMethods = currency === "eur" && !setup ? ["card", "sepa_debit"] : ["card"];
  const paymentMethodTypes = (optionalArray(params, "payment_method_types") ?? enabledMethods).filter((type): type is string => typeof type === "string");
  const subscriptionData = optionalObject(params, "subscription_data");
  const paymentIntentData = optionalObject(params, "payment_intent_data");
  if (paymentIntentData && mode !== "payment") throw invalidParam("payment_intent_data", "You can only pass `payment_intent_data` in `payment` mode.");
  const suffix = paymentIntentData ? optionalString(paymentIntentData, "statement_descriptor_suffix", "payment_intent_data[statement_descriptor_suffix]") : undefined;
  const setupIntentData = optionalObject(params, "setup_intent_data");
  if (setupIntentData && !setup) throw invalidParam("setup_intent_data", "You can only pass `setup_intent_data` in `setup` mode.");
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: cancelUrl ?? null,
    client_reference_id: clientReferenceId ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customer?.id ?? null,
    customer_account: null,
    customer_creation: customer || setup ? null : mode === "subscription" ? "always" : (customerCreation ?? "if_required"),
    customer_details: customer ? { address: null, business_name: null, email: customer.email, individual_name: null, name: customer.name ?? null, phone: null, tax_exempt: "none", tax_ids: null } : null,
    customer_email: customerEmail ?? null,
    discounts: [],
    expires_at: readExpiresAt(emulator, params, now),
    integration_identifier: null,
    invoice: null,
    invoice_creation: mode === "payment" ? { enabled: false, invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: null, metadata: {}, rendering_options: null } } : null,
    livemode: false,
    locale: optionalString(params, "locale") ?? null,
    managed_payments: null,
    metadata: readMetadata(params),
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "always",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: paymentMethodTypes,
    payment_status: setup ? "no_payment_required" : "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: submitType ?? null,
    subscription: null,
    success_url: successUrl ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: `${emulator.baseUrl()}/c/pay/${id}`,
    wallet_options: null,
  };
  emulator.state.checkoutSessions[id] = session;
  emulator.state.sessionLineItems[id] = lineItems;
  emulator.state.checkoutOptions[id] = {
    setupIntentMetadata: setupIntentData ? readMetadata(setupIntentData) : {},
    setupIntentDescription: setupIntentData ? (optionalString(setupIntentData, "description", "setup_intent_data[description]") ?? null) : null,
    subscriptionMetadata: subscriptionData ? readMetadata(subscriptionData) : {},
    subscriptionDescription: subscriptionData ? (optionalString(subscriptionData, "description", "subscription_data[description]") ?? null) : null,
    paymentIntentMetadata: paymentIntentData ? readMetadata(paymentIntentData) : {},
    paymentIntentDescription: paymentIntentData ? (optionalString(paymentIntentData, "description", "payment_intent_data[description]") ?? null) : null,
    paymentIntentStatementDescriptorSuffix: suffix ? readStatementDescriptorSuffix(suffix, "payment_intent_data[statement_descriptor_suffix]") : null,
  };
  return session;
}

export function expireCheckoutSession(emulator: EmulatorContext, session: Stripe.Checkout.Session): Stripe.Checkout.Session {
  if (session.status !== "open") throw invalidState(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`);
  session.status = "expired";
  session.url = null;
  emulator.emit("checkout.session.expired", session);
  return session;
}

/** Sessions past their expires_at are expired when next touched, as Stripe expires them lazily. */
export function expireIfDue(emulator: EmulatorContext, session: Stripe.Checkout.Session): void {
  const customer = session.customer ? emulator.state.customers[String(session.customer)] : undefined;
  if (session.status === "open" && emulator.now(customer?.test_clock ? String(customer.test_clock) : null) >= session.expires_at) expireCheckoutSession(emulator, session);
}

export const checkoutSessionRoutes: Route[] = [
  route("POST", "/v1/checkout/sessions", (emulator, { params }) => createCheckoutSession(emulator, params)),
  route("GET", "/v1/checkout/sessions/:id", (emulator, request) => {
    const session = getCheckoutSession(emulator, idOf(request), "session");
    expireIfDue(emulator, session);
    return session;
  }),
  route("POST", "/v1/checkout/sessions/:id/expire", (emulator, request) => expireCheckoutSession(emulator, getCheckoutSession(emulator, idOf(request), "session"))),
  route("GET", "/v1/checkout/sessions/:id/line_items", (emulator, request) => {
    const session = getCheckoutSession(emulator, idOf(request), "session");
    return paginateList(emulator.state.sessionLineItems[session.id] ?? [], request.params, `/v1/checkout/sessions/${session.id}/line_items`, "line_item");
  }),
  route("GET", "/v1/checkout/sessions", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const status = optionalString(params, "status");
    const paymentIntent = optionalString(params, "payment_intent");
    const subscription = optionalString(params, "subscription");
    const details = optionalObject(params, "customer_details");
    const email = details ? optionalString(details, "email", "customer_details[email]") : undefined;
    const items = newestFirst(emulator.state.checkoutSessions).filter(
      (session) =>
        (customer === undefined || session.customer === customer) &&
        (status === undefined || session.status === status) &&
        (paymentIntent === undefined || session.payment_intent === paymentIntent) &&
        (subscription === undefined || session.subscription === subscription) &&
        (email === undefined || session.customer_details?.email === email),
    );
    return paginateList(items, params, "/v1/checkout/sessions", "checkout.session");
  }),
];
