// GET/POST /invoices/:id — the hosted invoice page (an invoice's hosted_invoice_url): what the
// invoice is for and its status. When its payment waits for 3-D Secure (a renewal with
// 4000 0027 6000 3184), the reader completes or fails the authentication here, as on Stripe's
// test authentication page; completing pays the invoice.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { confirmPaymentAction, paymentAwaitingAction } from "../billing/confirm-payment-action";
import { StripeApiError } from "../wire/stripe-api-error";
import { escapeHtml, formatAmount, htmlPage, redirect, type PageResponse } from "./html-page";

const statusText: Record<string, string> = {
  paid: "Paid. Thank you.",
  open: "Due.",
  void: "Void: nothing is due.",
  uncollectible: "Nothing will be collected.",
  draft: "Not finalized yet.",
};

function render(emulator: EmulatorContext, invoice: Stripe.Invoice, notice?: string, error?: string, status = 200): PageResponse {
  const waiting = paymentAwaitingAction(emulator, invoice);
  const lines = invoice.lines.data.map((line) => `<li>${escapeHtml(line.description ?? "")}: ${escapeHtml(formatAmount(line.amount, invoice.currency))}</li>`).join("");
  const authenticate = waiting
    ? `<section><h2>Confirm your payment</h2><p>Your bank asks you to confirm this payment (3-D Secure test).</p>
<form method="post"><input type="hidden" name="action" value="authenticate"><button type="submit">Complete authentication</button></form>
<form method="post"><input type="hidden" name="action" value="fail"><button type="submit">Fail authentication</button></form></section>`
    : "";
  const content = `<h1>Invoice ${escapeHtml(invoice.number ?? invoice.id)}</h1>
<p class="amount">${escapeHtml(formatAmount(invoice.amount_due, invoice.currency))}</p>
${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ""}${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<p class="muted">${escapeHtml(invoice.customer_email ?? "")}</p><ul>${lines}</ul>
<p><strong>${escapeHtml(statusText[invoice.status ?? "open"] ?? String(invoice.status))}</strong></p>${authenticate}`;
  return htmlPage(status, `Invoice ${invoice.number ?? invoice.id}`, content);
}

export function invoicePage(emulator: EmulatorContext, id: string, method: string, form: URLSearchParams, query?: URLSearchParams): PageResponse {
  const invoice = emulator.state.invoices[id];
  if (!invoice) return htmlPage(404, "Invoice not found", "<h1>This invoice link is not valid</h1>");
  if (method !== "POST") return render(emulator, invoice, query?.get("notice") ?? undefined);
  const action = form.get("action");
  if (action !== "authenticate" && action !== "fail") return render(emulator, invoice, undefined, "Unknown action.", 400);
  try {
    confirmPaymentAction(emulator, invoice, action === "authenticate");
  } catch (error) {
    if (error instanceof StripeApiError) return render(emulator, invoice, undefined, error.message, error.status);
    throw error;
  }
  const notice = action === "authenticate" ? "Payment confirmed." : "Authentication failed: the payment was not made.";
  return redirect(`/invoices/${id}?notice=${encodeURIComponent(notice)}`);
}
