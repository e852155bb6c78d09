// /v1/customers: create, retrieve, update, delete, list (filter by exact `email`).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { applyChanges } from "../state/apply-changes";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { objectAt, optionalObject, optionalString, readMetadata } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";
import type { FormObject } from "../wire/parse-form";

export function getCustomer(emulator: EmulatorContext, id: string, param = "id"): Stripe.Customer {
  const customer = emulator.state.customers[id];
  if (!customer) throw resourceMissing("customer", id, param);
  return customer;
}

export function createCustomer(
  emulator: EmulatorContext,
  input: { email?: string | null; name?: string | null; phone?: string | null; description?: string | null; metadata?: Record<string, string>; testClock?: string | null },
): Stripe.Customer {
  const testClock = input.testClock ?? null;
  const customer: Stripe.Customer = {
    id: newId("cus", 14),
    object: "customer",
    address: null,
    balance: 0,
    created: emulator.now(testClock),
    currency: null,
    default_source: null,
    delinquent: false,
    discount: null,
    description: input.description ?? null,
    email: input.email ?? null,
    invoice_prefix: newId("", 8).slice(1).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: input.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: testClock,
  };
  emulator.state.customers[customer.id] = customer;
  emulator.emit("customer.created", customer);
  return customer;
}

/** Applies changes and emits customer.updated with what they replaced. */
export function updateCustomer(emulator: EmulatorContext, customer: Stripe.Customer, changes: Partial<Stripe.Customer>): Stripe.Customer {
  const previous = applyChanges(customer, changes);
  if (previous) emulator.emit("customer.updated", customer, previous);
  return customer;
}

function readCustomerChanges(emulator: EmulatorContext, params: FormObject, customer: Stripe.Customer): Partial<Stripe.Customer> {
  const changes: Partial<Stripe.Customer> = {};
  for (const key of ["email", "name", "phone", "description"] as const) {
    const value = optionalString(params, key);
    if (value !== undefined) changes[key] = value === "" ? null : value;
  }
  if (params.metadata !== undefined) changes.metadata = readMetadata(params, customer.metadata);
  const settings = optionalObject(params, "invoice_settings");
  if (settings) {
    const paymentMethod = optionalString(objectAt(settings, "invoice_settings"), "default_payment_method", "invoice_settings[default_payment_method]");
    if (paymentMethod !== undefined) {
      if (paymentMethod && !emulator.state.paymentMethods[paymentMethod]) throw resourceMissing("PaymentMethod", paymentMethod, "invoice_settings[default_payment_method]");
      changes.invoice_settings = { ...customer.invoice_settings, default_payment_method: paymentMethod || null };
    }
  }
  return changes;
}

export const customerRoutes: Route[] = [
  route("POST", "/v1/customers", (emulator, { params }) => {
    const testClock = optionalString(params, "test_clock");
    if (testClock && !emulator.state.testClocks[testClock]) throw resourceMissing("test_clock", testClock, "test_clock");
    return createCustomer(emulator, {
      email: optionalString(params, "email"),
      name: optionalString(params, "name"),
      phone: optionalString(params, "phone"),
      description: optionalString(params, "description"),
      metadata: readMetadata(params),
      testClock,
    });
  }),
  route("GET", "/v1/customers/:id", (emulator, request) => getCustomer(emulator, idOf(request))),
  route("POST", "/v1/customers/:id", (emulator, request) => {
    const customer = getCustomer(emulator, idOf(request));
    return updateCustomer(emulator, customer, readCustomerChanges(emulator, request.params, customer));
  }),
  route("DELETE", "/v1/customers/:id", (emulator, request) => {
    const customer = getCustomer(emulator, idOf(request));
    delete emulator.state.customers[customer.id];
    emulator.emit("customer.deleted", customer);
    const deleted: Stripe.DeletedCustomer = { id: customer.id, object: "customer", deleted: true };
    return deleted;
  }),
  route("GET", "/v1/customers", (emulator, { params }) => {
    const email = optionalString(params, "email");
    const testClock = optionalString(params, "test_clock");
    const customers = newestFirst(emulator.state.customers).filter((customer) => (email === undefined || customer.email === email) && (testClock === undefined || customer.test_clock === testClock));
    return paginateList(customers, params, "/v1/customers", "customer");
  }),
];
