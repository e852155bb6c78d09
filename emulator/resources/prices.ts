// Prices and products: `price_data` / `product_data` create them inline, as Checkout does;
// /v1/prices and /v1/products retrieve them.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import type { FormObject } from "../wire/parse-form";
import { child, objectAt, optionalInteger, optionalObject, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, missingParam, resourceMissing } from "../wire/stripe-api-error";

const MAX_AMOUNT = 99_999_999;
const intervals = ["day", "week", "month", "year"];

export function readCurrency(params: FormObject, key: string, param: string): string {
  const currency = requiredString(params, key, param).toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) throw invalidParam(param, `Invalid currency: ${currency}. Stripe currently supports these currencies: usd, eur, gbp, ...`);
  return currency;
}

export function createProduct(emulator: EmulatorContext, input: { name: string; description?: string | null; metadata?: Record<string, string> }): Stripe.Product {
  const now = emulator.now();
  const product: Stripe.Product = {
    id: newId("prod", 14),
    object: "product",
    active: true,
    created: now,
    default_price: null,
    description: input.description ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata ?? {},
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: null,
  };
  emulator.state.products[product.id] = product;
  return product;
}

/** `price_data[...]` at `param`: currency, unit_amount, product or product_data, recurring. */
export function createPriceFromData(emulator: EmulatorContext, data: FormObject, param: string): Stripe.Price {
  const currency = readCurrency(data, "currency", child(param, "currency"));
  const unitAmount = optionalInteger(data, "unit_amount", child(param, "unit_amount"));
  if (unitAmount === undefined) throw missingParam(child(param, "unit_amount"));
  if (unitAmount < 0) throw invalidParam(child(param, "unit_amount"), "This value must be greater than or equal to 0.", "parameter_invalid_integer");
  if (unitAmount > MAX_AMOUNT) throw invalidParam(child(param, "unit_amount"), `This value must be less than or equal to ${MAX_AMOUNT}.`, "amount_too_large");
  let productId = optionalString(data, "product", child(param, "product"));
  if (productId) {
    if (!emulator.state.products[productId]) throw resourceMissing("product", productId, child(param, "product"));
  } else {
    const productData = optionalObject(data, "product_data", child(param, "product_data"));
    if (!productData) throw missingParam(child(param, "product_data"));
    const productParam = child(param, "product_data");
    productId = createProduct(emulator, {
      name: requiredString(productData, "name", child(productParam, "name")),
      description: optionalString(productData, "description", child(productParam, "description")),
      metadata: readMetadata(productData),
    }).id;
  }
  let recurring: Stripe.Price.Recurring | null = null;
  const recurringData = optionalObject(data, "recurring", child(param, "recurring"));
  if (recurringData) {
    const recurringParam = child(param, "recurring");
    const interval = requiredString(recurringData, "interval", child(recurringParam, "interval"));
    if (!intervals.includes(interval)) throw invalidParam(child(recurringParam, "interval"), `Invalid recurring[interval]: must be one of ${intervals.join(", ")}`);
    const intervalCount = optionalInteger(recurringData, "interval_count", child(recurringParam, "interval_count")) ?? 1;
    if (intervalCount < 1) throw invalidParam(child(recurringParam, "interval_count"), "Invalid interval_count: must be at least 1", "parameter_invalid_integer");
    recurring = { interval, interval_count: intervalCount, meter: null, trial_period_days: null, usage_type: "licensed" };
  }
  const price: Stripe.Price = {
    id: newId("price", 24),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: emulator.now(),
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: productId,
    recurring,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: unitAmount,
    unit_amount_decimal: null,
  };
  emulator.state.prices[price.id] = price;
  return price;
}

/** A line item's `price` (an id) or `price_data`. */
export function resolvePrice(emulator: EmulatorContext, item: FormObject, param: string): Stripe.Price {
  const priceId = optionalString(item, "price", child(param, "price"));
  if (priceId) {
    const price = emulator.state.prices[priceId];
    if (!price) throw resourceMissing("price", priceId, child(param, "price"));
    return price;
  }
  const data = optionalObject(item, "price_data", child(param, "price_data"));
  if (!data) throw missingParam(child(param, "price_data"));
  return createPriceFromData(emulator, objectAt(data, child(param, "price_data")), child(param, "price_data"));
}

/** The legacy `plan` view of a price that subscription items still carry. */
export function planFromPrice(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: null,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

export const priceRoutes: Route[] = [
  route("GET", "/v1/prices/:id", (emulator, request) => {
    const price = emulator.state.prices[idOf(request)];
    if (!price) throw resourceMissing("price", idOf(request));
    return price;
  }),
  route("GET", "/v1/products/:id", (emulator, request) => {
    const product = emulator.state.products[idOf(request)];
    if (!product) throw resourceMissing("product", idOf(request));
    return product;
  }),
];
