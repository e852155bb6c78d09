// /v1/invoices (retrieve, list by customer/subscription/status) and /v1/invoice_payments.
// Invoices are made by subscriptions: draft, then finalized (open, numbered), then paid.
// In this API version an invoice's payments live in `payments` (expand it) and its
// subscription under `parent.subscription_details`.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { itemLine } from "../billing/invoice-lines";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

export function getInvoice(emulator: EmulatorContext, id: string, param = "id"): Stripe.Invoice {
  const invoice = emulator.state.invoices[id];
  if (!invoice) throw resourceMissing("invoice", id, param);
  return invoice;
}

export function buildSubscriptionInvoice(
  emulator: EmulatorContext,
  input: {
    subscription: Stripe.Subscription;
    customer: Stripe.Customer;
    billingReason: Stripe.Invoice.BillingReason;
    periodStart: number;
    periodEnd: number;
    /** The item's price for this period (default), or only the given lines. */
    itemPeriod?: { start: number; end: number } | null;
    /** Proration lines (Stripe's pending invoice items) added after the item's. */
    extraLines?: Stripe.InvoiceLineItem[];
  },
): Stripe.Invoice {
  const { subscription, customer } = input;
  const id = newId("in", 24);
  const created = emulator.now(subscription.test_clock);
  const itemPeriod = input.itemPeriod === undefined ? { start: input.periodStart, end: input.periodEnd } : input.itemPeriod;
  const main = itemPeriod ? itemLine(emulator, subscription, itemPeriod) : undefined;
  const lines = [...(main ? [main] : []), ...(input.extraLines ?? [])].map((line) => ({ ...line, invoice: id }));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  // A credit larger than the charges goes to the customer's balance; the invoice is for nothing.
  const amount = Math.max(0, total);
  const invoice: Stripe.Invoice = {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "Stripe emulator",
    account_tax_ids: null,
    amount_due: amount,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: amount,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: "charge_automatically",
    confirmation_secret: null,
    created,
    currency: subscription.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
      type: "subscription_details",
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.periodEnd,
    period_start: input.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: subscription.test_clock,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: created,
  };
  emulator.state.invoices[id] = invoice;
  return invoice;
}

export function finalizeInvoice(emulator: EmulatorContext, invoice: Stripe.Invoice, customer: Stripe.Customer): void {
  emulator.state.invoiceNumber += 1;
  invoice.status = "open";
  invoice.number = `${customer.invoice_prefix ?? "EMU"}-${String(emulator.state.invoiceNumber).padStart(4, "0")}`;
  invoice.effective_at = emulator.now(invoice.test_clock);
  invoice.status_transitions.finalized_at = invoice.effective_at;
  invoice.hosted_invoice_url = `${emulator.baseUrl()}/invoices/${invoice.id}`;
}

export function recordInvoicePayment(emulator: EmulatorContext, invoice: Stripe.Invoice, paymentIntent: Stripe.PaymentIntent, paid: boolean): Stripe.InvoicePayment {
  const existing = Object.values(emulator.state.invoicePayments).find((payment) => payment.invoice === invoice.id && payment.payment.payment_intent === paymentIntent.id);
  const now = emulator.now(invoice.test_clock);
  const payment: Stripe.InvoicePayment = existing ?? {
    id: newId("inpay", 24),
    object: "invoice_payment",
    amount_paid: null,
    amount_requested: invoice.amount_due,
    created: now,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { payment_intent: paymentIntent.id, type: "payment_intent" },
    status: "open",
    status_transitions: { canceled_at: null, paid_at: null },
  };
  if (paid) {
    payment.amount_paid = invoice.amount_due;
    payment.status = "paid";
    payment.status_transitions.paid_at = now;
  }
  emulator.state.invoicePayments[payment.id] = payment;
  return payment;
}

export function markInvoicePaid(emulator: EmulatorContext, invoice: Stripe.Invoice): void {
  invoice.status = "paid";
  invoice.attempted = true;
  invoice.attempt_count += 1;
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = emulator.now(invoice.test_clock);
}

export const invoiceRoutes: Route[] = [
  route("GET", "/v1/invoices/:id", (emulator, request) => getInvoice(emulator, idOf(request))),
  route("GET", "/v1/invoices", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const subscription = optionalString(params, "subscription");
    const status = optionalString(params, "status");
    const items = newestFirst(emulator.state.invoices).filter(
      (invoice) =>
        (customer === undefined || invoice.customer === customer) &&
        (subscription === undefined || invoice.parent?.subscription_details?.subscription === subscription) &&
        (status === undefined || invoice.status === status),
    );
    return paginateList(items, params, "/v1/invoices", "invoice");
  }),
  route("GET", "/v1/invoice_payments/:id", (emulator, request) => {
    const payment = emulator.state.invoicePayments[idOf(request)];
    if (!payment) throw resourceMissing("invoice_payment", idOf(request));
    return payment;
  }),
  route("GET", "/v1/invoice_payments", (emulator, { params }) => {
    const invoice = optionalString(params, "invoice");
    const items = newestFirst(emulator.state.invoicePayments).filter((payment) => invoice === undefined || payment.invoice === invoice);
    return paginateList(items, params, "/v1/invoice_payments", "invoice_payment");
  }),
];
