// /v1/products: create (with an id of the caller's choosing, as Stripe allows), retrieve, update
// (name, description, statement_descriptor, metadata, active) and list (`active`, `ids[]`).
// Checkout's `product_data` creates them inline too (prices.ts).
import type Stripe from "stripe";
import { readStatementDescriptor } from "../billing/statement-descriptor";
import type { EmulatorContext } from "../emulator-context";
import { applyChanges } from "../state/apply-changes";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import type { FormObject } from "../wire/parse-form";
import { optionalArray, optionalBoolean, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, resourceMissing, StripeApiError } from "../wire/stripe-api-error";

export type ProductInput = { id?: string; name: string; description?: string | null; statementDescriptor?: string | null; metadata?: Record<string, string>; active?: boolean };

export function getProduct(emulator: EmulatorContext, id: string, param = "id"): Stripe.Product {
  const product = emulator.state.products[id];
  if (!product) throw resourceMissing("product", id, param);
  return product;
}

export function createProduct(emulator: EmulatorContext, input: ProductInput, emitEvent = false): Stripe.Product {
  const now = emulator.now();
  const product: Stripe.Product = {
    id: input.id ?? newId("prod", 14),
    object: "product",
    active: input.active ?? true,
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
    statement_descriptor: input.statementDescriptor ?? null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: null,
  };
  emulator.state.products[product.id] = product;
  if (emitEvent) emulator.emit("product.created", product);
  return product;
}

function readProductId(params: FormObject): string | undefined {
  const id = optionalString(params, "id");
  if (id === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{1,250}$/.test(id)) throw invalidParam("id", "Invalid id: use letters, digits, `_` and `-` only.");
  return id;
}

/** `statement_descriptor` as sent: a checked descriptor, null to unset (""), or undefined when absent. */
function readDescriptorParam(params: FormObject): string | null | undefined {
  const value = optionalString(params, "statement_descriptor");
  if (value === undefined) return undefined;
  return value === "" ? null : readStatementDescriptor(value, "statement_descriptor");
}

function updateProduct(emulator: EmulatorContext, product: Stripe.Product, params: FormObject): Stripe.Product {
  const changes: Partial<Stripe.Product> = {};
  const name = optionalString(params, "name");
  if (name !== undefined) changes.name = requiredString(params, "name");
  const description = optionalString(params, "description");
  if (description !== undefined) changes.description = description === "" ? null : description;
  const descriptor = readDescriptorParam(params);
  if (descriptor !== undefined) changes.statement_descriptor = descriptor;
  const active = optionalBoolean(params, "active");
  if (active !== undefined) changes.active = active;
  if (params.metadata !== undefined) changes.metadata = readMetadata(params, product.metadata);
  const previous = applyChanges(product, changes);
  if (previous) {
    product.updated = emulator.now();
    emulator.emit("product.updated", product, previous);
  }
  return product;
}

export const productRoutes: Route[] = [
  route("POST", "/v1/products", (emulator, { params }) => {
    const id = readProductId(params);
    if (id !== undefined && emulator.state.products[id]) {
      throw new StripeApiError(400, { type: "invalid_request_error", code: "resource_already_exists", message: "Product already exists.", param: "id" });
    }
    return createProduct(
      emulator,
      {
        id,
        name: requiredString(params, "name"),
        description: optionalString(params, "description") || null,
        statementDescriptor: readDescriptorParam(params) ?? null,
        metadata: readMetadata(params),
        active: optionalBoolean(params, "active"),
      },
      true,
    );
  }),
  route("GET", "/v1/products/:id", (emulator, request) => getProduct(emulator, idOf(request))),
  route("POST", "/v1/products/:id", (emulator, request) => updateProduct(emulator, getProduct(emulator, idOf(request)), request.params)),
  route("GET", "/v1/products", (emulator, { params }) => {
    const active = optionalBoolean(params, "active");
    const ids = optionalArray(params, "ids")?.filter((id): id is string => typeof id === "string");
    const items = newestFirst(emulator.state.products).filter((product) => (active === undefined || product.active === active) && (ids === undefined || ids.includes(product.id)));
    return paginateList(items, params, "/v1/products", "product");
  }),
];
