// Prices: `price_data` / `product_data` create them inline, as Checkout does (inactive, as
// Stripe makes them); /v1/prices creates (with `lookup_key`), retrieves, updates and lists them
// (`active`, `product`, `currency`, `type`, `lookup_keys[]`).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { applyChanges } from "../state/apply-changes";
import { newId } from "../state/new-id";
import type { FormObject } from "../wire/parse-form";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { child, objectAt, optionalArray, optionalBoolean, optionalInteger, optionalObject, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, missingParam, resourceMissing } from "../wire/stripe-api-error";
import { createProduct } from "./products";

const MAX_AMOUNT = 99_999_999;
const intervals = ["day", "week", "month", "year"];

export function readCurrency(params: FormObject, key: string, param: string): string {
  const currency = requiredString(params, key, param).toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) throw invalidParam(param, `Invalid currency: ${currency}. Stripe currently supports these currencies: usd, eur, gbp, ...`);
  return currency;
}

type PriceOptions = { active: boolean; lookupKey: string | null; metadata: Record<string, string>; nickname: string | null };
const inlinePrice: PriceOptions = { active: false, lookupKey: null, metadata: {}, nickname: null };

/** `price_data[...]` at `param` (or a /v1/prices body, param ""): currency, unit_amount, product or product_data, recurring. */
export function createPriceFromData(emulator: EmulatorContext, data: FormObject, param: string, options: PriceOptions = inlinePrice): Stripe.Price {
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
    active: options.active,
    billing_scheme: "per_unit",
    created: emulator.now(),
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: options.lookupKey,
    metadata: options.metadata,
    nickname: options.nickname,
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

/** Stripe keeps a lookup key on one price: another price's key is refused unless `transfer_lookup_key`. */
function claimLookupKey(emulator: EmulatorContext, params: FormObject, priceId: string | null): string | null | undefined {
  const lookupKey = optionalString(params, "lookup_key");
  if (lookupKey === undefined) return undefined;
  if (lookupKey === "") return null;
  if (lookupKey.length > 200) throw invalidParam("lookup_key", "lookup_key must be at most 200 characters.");
  const holder = Object.values(emulator.state.prices).find((price) => price.lookup_key === lookupKey && price.id !== priceId);
  if (holder) {
    if (!optionalBoolean(params, "transfer_lookup_key")) throw invalidParam("lookup_key", `A price (\`${holder.id}\`) already uses that lookup key.`);
    holder.lookup_key = null;
  }
  return lookupKey;
}

function updatePrice(emulator: EmulatorContext, price: Stripe.Price, params: FormObject): Stripe.Price {
  const changes: Partial<Stripe.Price> = {};
  const active = optionalBoolean(params, "active");
  if (active !== undefined) changes.active = active;
  const nickname = optionalString(params, "nickname");
  if (nickname !== undefined) changes.nickname = nickname || null;
  const lookupKey = claimLookupKey(emulator, params, price.id);
  if (lookupKey !== undefined) changes.lookup_key = lookupKey;
  if (params.metadata !== undefined) changes.metadata = readMetadata(params, price.metadata);
  const previous = applyChanges(price, changes);
  if (previous) emulator.emit("price.updated", price, previous);
  return price;
}

export const priceRoutes: Route[] = [
  route("POST", "/v1/prices", (emulator, { params }) => {
    const lookupKey = claimLookupKey(emulator, params, null) ?? null;
    const price = createPriceFromData(emulator, params, "", {
      active: optionalBoolean(params, "active") ?? true,
      lookupKey,
      metadata: readMetadata(params),
      nickname: optionalString(params, "nickname") || null,
    });
    emulator.emit("price.created", price);
    return price;
  }),
  route("GET", "/v1/prices/:id", (emulator, request) => {
    const price = emulator.state.prices[idOf(request)];
    if (!price) throw resourceMissing("price", idOf(request));
    return price;
  }),
  route("POST", "/v1/prices/:id", (emulator, request) => {
    const price = emulator.state.prices[idOf(request)];
    if (!price) throw resourceMissing("price", idOf(request));
    return updatePrice(emulator, price, request.params);
  }),
  route("GET", "/v1/prices", (emulator, { params }) => {
    const active = optionalBoolean(params, "active");
    const product = optionalString(params, "product");
    const currency = optionalString(params, "currency")?.toLowerCase();
    const type = optionalString(params, "type");
    const lookupKeys = optionalArray(params, "lookup_keys")?.filter((key): key is string => typeof key === "string");
    const items = newestFirst(emulator.state.prices).filter(
      (price) =>
        (active === undefined || price.active === active) &&
        (product === undefined || price.product === product) &&
        (currency === undefined || price.currency === currency) &&
        (type === undefined || price.type === type) &&
        (lookupKeys === undefined || (price.lookup_key !== null && lookupKeys.includes(price.lookup_key))),
    );
    return paginateList(items, params, "/v1/prices", "price");
  }),
];
