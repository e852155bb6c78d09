// The pages a reader sees in the browser: hosted Checkout at /c/pay/:id, the billing portal at
// /p/session/:id and hosted invoices at /invoices/:id. Plain HTML forms, no JavaScript needed.
import type { EmulatorContext } from "../emulator-context";
import { checkoutPage } from "./checkout-page";
import { invoicePage } from "./invoice-page";
import { portalPage } from "./portal-page";
import { htmlPage, type PageResponse } from "./html-page";

export function handlePageRequest(emulator: EmulatorContext, request: { method: string; url: string; body: string }): PageResponse {
  const url = new URL(request.url, "http://emulator");
  const checkout = /^\/c\/pay\/([^/]+)$/.exec(url.pathname);
  if (checkout?.[1]) return checkoutPage(emulator, decodeURIComponent(checkout[1]), request.method, new URLSearchParams(request.body));
  const portal = /^\/p\/session\/([^/]+)$/.exec(url.pathname);
  if (portal?.[1]) return portalPage(emulator, decodeURIComponent(portal[1]), request.method, new URLSearchParams(request.body), url.searchParams);
  const invoice = /^\/invoices\/([^/]+)$/.exec(url.pathname);
  if (invoice?.[1]) return invoicePage(emulator, decodeURIComponent(invoice[1]), request.method, new URLSearchParams(request.body), url.searchParams);
  if (url.pathname === "/") return htmlPage(200, "Stripe emulator", "<h1>Stripe emulator</h1><p>The Stripe API is under <code>/v1</code>; see emulator/README.md.</p>");
  return htmlPage(404, "Not found", "<h1>Not found</h1><p>The emulator serves no page here.</p>");
}
