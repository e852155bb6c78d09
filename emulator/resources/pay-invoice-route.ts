// POST /v1/invoices/:id/pay: pays an open invoice now, with `payment_method` or the subscription's
// (or customer's) default, e.g. a past-due renewal after the reader saved a new card. Paid: the
// invoice's events and a past-due subscription active again. Declined: invoice.payment_failed and
// a 402 card_error, as Stripe answers; waiting for 3-D Secure: 402 invoice_payment_intent_requires_action.
import type { EmulatorContext } from "../emulator-context";
import { defaultPaymentMethod } from "../billing/collect-invoice";
import { payInvoice } from "../billing/pay-invoice";
import { cardError } from "../billing/test-cards";
import { optionalBoolean, optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidState, resourceMissing, StripeApiError } from "../wire/stripe-api-error";
import { getInvoice } from "./invoices";
import { updateSubscription } from "./subscriptions";

export const invoicePayRoutes: Route[] = [
  route("POST", "/v1/invoices/:id/pay", (emulator: EmulatorContext, request) => {
    const invoice = getInvoice(emulator, idOf(request));
    const { params } = request;
    optionalBoolean(params, "off_session");
    if (invoice.status === "paid") throw new StripeApiError(400, { type: "invalid_request_error", message: "Invoice is already paid" });
    if (invoice.status !== "open") throw invalidState(`This invoice is ${invoice.status}; only an open invoice can be paid.`);
    const subscriptionId = invoice.parent?.subscription_details?.subscription;
    const subscription = subscriptionId ? emulator.state.subscriptions[String(subscriptionId)] : undefined;
    const customer = emulator.state.customers[String(invoice.customer)];
    if (!subscription || !customer) throw invalidState(`The emulator pays subscription invoices of existing customers only; ${invoice.id} has neither.`);
    const paymentMethodId = optionalString(params, "payment_method");
    const paymentMethod = paymentMethodId ? emulator.state.paymentMethods[paymentMethodId] : defaultPaymentMethod(emulator, subscription, customer);
    if (paymentMethodId && (!paymentMethod || paymentMethod.customer !== customer.id)) throw resourceMissing("payment_method", paymentMethodId, "payment_method");
    if (!paymentMethod) throw invalidState("There is no `default_payment_method` set on this Customer or Invoice. Set one or pass `payment_method`.");
    const attempt = payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: true });
    if (attempt.requiresAction) {
      throw new StripeApiError(402, {
        type: "card_error",
        code: "invoice_payment_intent_requires_action",
        message: "This payment requires additional user action before it can be completed successfully. Payment can be completed using the PaymentIntent associated with the invoice.",
      });
    }
    if (attempt.decline) throw cardError(attempt.decline.code, attempt.decline.message, attempt.decline.declineCode);
    if (subscription.status === "past_due" && subscription.latest_invoice === invoice.id) updateSubscription(emulator, subscription, { status: "active" });
    return invoice;
  }),
];
