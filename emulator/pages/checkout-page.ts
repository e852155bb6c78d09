// GET/POST /c/pay/:id — the hosted Checkout page. The reader enters an email, a test card (or,
// for a euro session offering it, SEPA Direct Debit with a test IBAN) and presses Donate, Pay or Subscribe; success
// redirects (303) to success_url with {CHECKOUT_SESSION_ID} filled in; a decline shows why.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { allowsSepaDebit, payCheckoutSession } from "../billing/pay-checkout-session";
import { expireIfDue } from "../resources/checkout-sessions";
import { StripeApiError } from "../wire/stripe-api-error";
import { escapeHtml, formatAmount, htmlPage, redirect, type PageResponse } from "./html-page";
import { cardFields, readCardForm } from "./read-card-form";

function buttonLabel(session: Stripe.Checkout.Session): string {
  if (session.mode === "subscription") return "Subscribe";
  if (session.mode === "setup") return "Save card";
  if (session.submit_type === "donate") return "Donate";
  if (session.submit_type === "book") return "Book";
  return "Pay";
}

export function successRedirect(session: Stripe.Checkout.Session): string | undefined {
  return session.success_url?.replace(/\{CHECKOUT_SESSION_ID\}/g, session.id);
}

function summary(emulator: EmulatorContext, session: Stripe.Checkout.Session): string {
  if (session.mode === "setup") return `<h1>Save a card</h1><p class="muted">For future payments. Nothing is charged now.</p>`;
  const item = emulator.state.sessionLineItems[session.id]?.[0];
  const recurring = item?.price?.recurring;
  const every = recurring ? ` <span class="muted">per ${recurring.interval_count > 1 ? `${recurring.interval_count} ${recurring.interval}s` : recurring.interval}</span>` : "";
  return `<h1>${escapeHtml(item?.description ?? "Payment")}</h1><p class="amount">${escapeHtml(formatAmount(session.amount_total ?? 0, session.currency ?? "usd", session.locale))}${every}</p>`;
}

type FormValues = { email?: string; name?: string; number?: string; expiry?: string; method?: string; iban?: string };

/** Card or SEPA Direct Debit, when the session offers it (euro); CSS shows the chosen one's fields, with or without JavaScript. */
function methodChoice(session: Stripe.Checkout.Session, values: FormValues): string {
  if (!allowsSepaDebit(session)) return "";
  const sepa = values.method === "sepa_debit";
  return `<style>.sepa-fields{display:none}form:has(#methodSepa:checked) .sepa-fields{display:block}form:has(#methodSepa:checked) .card-fields{display:none}</style>
<fieldset><legend class="muted">Payment method</legend><input type="radio" id="methodCard" name="method" value="card"${sepa ? "" : " checked"}> <label for="methodCard">Card</label>
<input type="radio" id="methodSepa" name="method" value="sepa_debit"${sepa ? " checked" : ""}> <label for="methodSepa">SEPA Direct Debit</label></fieldset>`;
}

function sepaFields(session: Stripe.Checkout.Session, values: FormValues): string {
  if (!allowsSepaDebit(session)) return "";
  const every = session.mode === "subscription" ? " and future payments of this subscription" : "";
  return `<div class="sepa-fields"><label for="accountName">Account holder name</label><input type="text" id="accountName" name="accountName" autocomplete="name" value="${escapeHtml(values.method === "sepa_debit" ? (values.name ?? "") : "")}">
<label for="iban">IBAN</label><input type="text" id="iban" name="iban" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00" value="${escapeHtml(values.iban ?? "")}">
<p class="muted">By providing your IBAN and confirming, you authorise the recipient and Stripe, its payment service provider, to debit your account for this payment${every}, and your bank to debit it accordingly (a SEPA Direct Debit mandate). The payment settles in a few working days.</p></div>`;
}

function form(emulator: EmulatorContext, session: Stripe.Checkout.Session, values: FormValues, error?: string, status = 200): PageResponse {
  const fixedEmail = session.customer_email ?? session.customer_details?.email ?? null;
  const email = fixedEmail ?? values.email ?? "";
  const cancel = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and go back</a></p>` : "";
  const content = `${summary(emulator, session)}
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/c/pay/${escapeHtml(session.id)}">
<label for="email">Email</label><input type="email" id="email" name="email" autocomplete="email" required value="${escapeHtml(email)}"${fixedEmail ? " readonly" : ""}>
${methodChoice(session, values)}
<div class="card-fields">${cardFields(values)}
<label for="cardName">Cardholder name</label><input type="text" id="cardName" name="cardName" autocomplete="cc-name" value="${escapeHtml(values.method === "sepa_debit" ? "" : (values.name ?? ""))}"></div>
${sepaFields(session, values)}
<button type="submit">${buttonLabel(session)}</button>
</form>
${cancel}
<p class="muted">Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds · 4000 0000 0000 0341 fails on renewal · 4000 0027 6000 3184 asks for 3-D Secure on renewals.${
    allowsSepaDebit(session) ? " Test IBANs: DE89 3704 0044 0532 0130 00 succeeds later · DE62 3704 0044 0532 0130 01 fails later (DE08…3003 and DE78…3004 take three minutes)." : ""
  }</p>`;
  const title = session.mode === "setup" ? "Save a card" : `Pay ${formatAmount(session.amount_total ?? 0, session.currency ?? "usd")}`;
  return htmlPage(status, title, content, session.locale && session.locale !== "auto" ? session.locale : "en");
}

function closed(session: Stripe.Checkout.Session): PageResponse {
  if (session.status === "complete") {
    const next = successRedirect(session);
    if (session.mode === "setup") return htmlPage(200, "Card saved", `<h1>Card saved</h1><p>This card is saved. Thank you.</p>${next ? `<p><a href="${escapeHtml(next)}">Continue</a></p>` : ""}`);
    return htmlPage(200, "Payment complete", `<h1>Payment complete</h1><p>This checkout is already paid. Thank you.</p>${next ? `<p><a href="${escapeHtml(next)}">Continue</a></p>` : ""}`);
  }
  const back = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Go back</a> and start again.</p>` : "";
  return htmlPage(410, "Checkout expired", `<h1>This checkout has expired</h1><p>Nothing was charged.</p>${back}`);
}

export function checkoutPage(emulator: EmulatorContext, id: string, method: string, body: URLSearchParams): PageResponse {
  const session = emulator.state.checkoutSessions[id];
  if (!session) return htmlPage(404, "Checkout not found", "<h1>This checkout link is not valid</h1><p>Go back to the site and start again.</p>");
  expireIfDue(emulator, session);
  if (session.status !== "open") return closed(session);
  if (method !== "POST") return form(emulator, session, {});
  const values = {
    email: body.get("email") ?? "",
    name: (body.get("method") === "sepa_debit" ? body.get("accountName") : body.get("cardName")) ?? "",
    number: body.get("cardNumber") ?? "",
    expiry: body.get("cardExpiry") ?? "",
    method: body.get("method") ?? "card",
    iban: body.get("iban") ?? "",
  };
  const email = session.customer_email ?? session.customer_details?.email ?? values.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return form(emulator, session, values, "Enter a valid email address.", 400);
  if (values.method !== "card" && values.method !== "sepa_debit") return form(emulator, session, { ...values, method: "card" }, "Choose a payment method this checkout offers.", 400);
  try {
    if (values.method === "sepa_debit") {
      if (!values.name.trim()) return form(emulator, session, values, "Enter the account holder's name.", 400);
      payCheckoutSession(emulator, session, { method: "sepa_debit", iban: values.iban, email, name: values.name });
    } else {
      const card = readCardForm(body);
      if ("error" in card) return form(emulator, session, values, card.error, 400);
      payCheckoutSession(emulator, session, { method: "card", card: card.number, expMonth: card.expMonth, expYear: card.expYear, email, name: values.name });
    }
  } catch (error) {
    if (error instanceof StripeApiError) return form(emulator, session, values, error.message, error.status);
    throw error;
  }
  const next = successRedirect(session);
  return next ? redirect(next) : closed(session);
}
