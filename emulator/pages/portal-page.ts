// GET/POST /p/session/:id — the billing portal: the customer's subscriptions (cancel at period
// end, or undo that), a form to update the card (which also retries a past-due invoice), and a
// link back to return_url.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { retryOpenInvoice } from "../billing/renew-subscription";
import { updateCustomer } from "../resources/customers";
import { attachPaymentMethod, createCardPaymentMethod } from "../resources/payment-methods";
import { updateSubscription } from "../resources/subscriptions";
import { StripeApiError } from "../wire/stripe-api-error";
import { escapeHtml, formatAmount, htmlPage, redirect, type PageResponse } from "./html-page";
import { cardFields, readCardForm } from "./read-card-form";

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function describe(subscription: Stripe.Subscription): string {
  const item = subscription.items.data[0];
  const amount = formatAmount((item?.price.unit_amount ?? 0) * (item?.quantity ?? 1), subscription.currency);
  const interval = item?.price.recurring?.interval ?? "month";
  const periodEnd = item?.current_period_end ?? 0;
  let state = `Renews on ${day(periodEnd)}`;
  if (subscription.status === "canceled") state = `Canceled on ${day(subscription.ended_at ?? periodEnd)}`;
  else if (subscription.cancel_at_period_end) state = `Cancels on ${day(periodEnd)}`;
  else if (subscription.status === "past_due") state = "Past due: the last payment failed. Update your card to pay it.";
  const action =
    subscription.status === "canceled"
      ? ""
      : subscription.cancel_at_period_end
        ? `<form method="post"><input type="hidden" name="action" value="resume"><input type="hidden" name="subscription" value="${subscription.id}"><button type="submit">Don't cancel</button></form>`
        : `<form method="post"><input type="hidden" name="action" value="cancel"><input type="hidden" name="subscription" value="${subscription.id}"><button type="submit">Cancel subscription</button></form>`;
  return `<section><p><strong>${escapeHtml(amount)} per ${interval}</strong> <span class="muted">(${escapeHtml(subscription.status)})</span></p><p class="muted">${escapeHtml(state)}</p>${action}</section>`;
}

function render(emulator: EmulatorContext, session: Stripe.BillingPortal.Session, notice?: string, error?: string, status = 200): PageResponse {
  const customer = emulator.state.customers[session.customer];
  const subscriptions = Object.values(emulator.state.subscriptions)
    .filter((subscription) => subscription.customer === session.customer)
    .reverse();
  const methodId = customer?.invoice_settings.default_payment_method;
  const card = methodId ? emulator.state.paymentMethods[String(methodId)]?.card : undefined;
  const content = `<h1>Your subscriptions</h1><p class="muted">${escapeHtml(customer?.email ?? session.customer)}</p>
${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ""}${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
${subscriptions.length ? subscriptions.map(describe).join("") : "<p>You have no subscriptions.</p>"}
<section><h2>Payment method</h2><p class="muted">${card ? `${escapeHtml(card.brand)} ending in ${escapeHtml(card.last4)}` : "No card on file"}</p>
<form method="post"><input type="hidden" name="action" value="update_card">${cardFields({})}<button type="submit">Update card</button></form></section>
${session.return_url ? `<p><a href="${escapeHtml(session.return_url)}">Return to the site</a></p>` : ""}`;
  return htmlPage(status, "Billing portal", content);
}

function act(emulator: EmulatorContext, session: Stripe.BillingPortal.Session, form: URLSearchParams): string {
  const action = form.get("action");
  const customerSubscriptions = Object.values(emulator.state.subscriptions).filter((subscription) => subscription.customer === session.customer);
  if (action === "cancel" || action === "resume") {
    const subscription = customerSubscriptions.find((candidate) => candidate.id === form.get("subscription"));
    if (!subscription || subscription.status === "canceled") throw new StripeApiError(404, { type: "invalid_request_error", message: "That subscription is not yours or has ended." });
    const cancel = action === "cancel";
    updateSubscription(emulator, subscription, {
      cancel_at_period_end: cancel,
      cancel_at: cancel ? (subscription.items.data[0]?.current_period_end ?? null) : null,
      canceled_at: cancel ? emulator.now(subscription.test_clock) : null,
      cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: cancel ? "cancellation_requested" : null },
    });
    return cancel ? "Your subscription will end at the close of the current period." : "Your subscription will continue.";
  }
  if (action === "update_card") {
    const card = readCardForm(form);
    if ("error" in card) throw new StripeApiError(400, { type: "card_error", message: card.error });
    const customer = emulator.state.customers[session.customer];
    if (!customer) throw new StripeApiError(404, { type: "invalid_request_error", message: "This customer no longer exists." });
    const paymentMethod = createCardPaymentMethod(emulator, { number: card.number, expMonth: card.expMonth, expYear: card.expYear, email: customer.email });
    attachPaymentMethod(emulator, paymentMethod, customer.id);
    updateCustomer(emulator, customer, { invoice_settings: { ...customer.invoice_settings, default_payment_method: paymentMethod.id } });
    for (const subscription of customerSubscriptions.filter((candidate) => candidate.status !== "canceled")) {
      updateSubscription(emulator, subscription, { default_payment_method: paymentMethod.id });
      if (subscription.status === "past_due") retryOpenInvoice(emulator, subscription, paymentMethod);
    }
    return "Your card was updated.";
  }
  throw new StripeApiError(400, { type: "invalid_request_error", message: "Unknown action." });
}

export function portalPage(emulator: EmulatorContext, id: string, method: string, form: URLSearchParams, query?: URLSearchParams): PageResponse {
  const session = emulator.state.portalSessions[id];
  if (!session) return htmlPage(404, "Portal link not valid", "<h1>This link is not valid</h1><p>Go back to the site and open the portal again.</p>");
  if (method !== "POST") return render(emulator, session, query?.get("notice") ?? undefined);
  try {
    const notice = act(emulator, session, form);
    return redirect(`/p/session/${id}?notice=${encodeURIComponent(notice)}`);
  } catch (error) {
    if (error instanceof StripeApiError) return render(emulator, session, undefined, error.message, error.status);
    throw error;
  }
}
