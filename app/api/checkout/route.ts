// POST /api/checkout: the appeal's Continue. A form post answers 303 to Stripe Checkout (or back to
// the appeal with the message and the reader's choice); JSON answers {url} or {error}.
import { getConfig } from "@/lib/config/env";
import { buildAppealUrl } from "@/lib/donations/build-appeal-url";
import { rateLimitedPage } from "@/lib/donations/rate-limited-page";
import { refusalMessage, type RefusalCode } from "@/lib/donations/refusal-messages";
import { startCheckout } from "@/lib/donations/start-checkout";
import { bodyErrorCode, readRequestFields } from "@/lib/http/read-request-fields";
import type { Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { getStripe } from "@/lib/stripe/stripe";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 8 * 1024;
const noStore = { "Cache-Control": "no-store" };

type ErrorBody = { code: string; message: string; field: string | null };

function text(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === "string" ? value : undefined;
}

function backToAppeal(fields: Record<string, unknown>, error: string, extraHeaders: Record<string, string> = {}): Response {
  const location = buildAppealUrl(getConfig().APP_URL, {
    frequency: text(fields, "frequency"),
    amount: text(fields, "other_amount") || text(fields, "amount"),
    currency: text(fields, "currency"),
    source: text(fields, "source"),
    error,
  });
  return new Response(null, { status: 303, headers: { Location: location, ...noStore, ...extraHeaders } });
}

function refuse(isJson: boolean, fields: Record<string, unknown>, status: number, error: ErrorBody, headers: Record<string, string> = {}): Response {
  if (isJson) return Response.json({ error }, { status, headers: { ...noStore, ...headers } });
  return backToAppeal(fields, error.code, headers);
}

const refusal = (code: RefusalCode, locale: Locale): ErrorBody => ({ code, message: refusalMessage(code, locale), field: null });

export async function POST(request: Request): Promise<Response> {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const body = await readRequestFields(request, MAX_BODY_BYTES);
  if (!body.ok) {
    const code = bodyErrorCode(body.status);
    if (!body.isJson && body.status === 413) return new Response(body.message, { status: 413, headers: noStore });
    return refuse(body.isJson, {}, body.status, { code, message: body.message, field: null });
  }
  const { fields, isJson } = body;
  const locale = readRequestLocale(request.headers, fields.lang);
  const outcome = await startCheckout(fields, request.headers, getStripe, locale);
  switch (outcome.kind) {
    case "created":
      return isJson ? Response.json({ url: outcome.url }, { headers: noStore }) : new Response(null, { status: 303, headers: { Location: outcome.url, ...noStore } });
    case "invalid":
      return refuse(isJson, fields, 400, outcome.error);
    case "unavailable":
      return refuse(isJson, fields, 503, refusal("checkout_unavailable", locale));
    case "refused":
      if (outcome.code === "rate_limited") {
        const retryAfter = { "Retry-After": String(outcome.retryAfterSeconds) };
        // A form post gets the 429 too: a small page with the way back, not a silent redirect.
        if (!isJson) {
          const back = buildAppealUrl(getConfig().APP_URL, { frequency: text(fields, "frequency"), amount: text(fields, "other_amount") || text(fields, "amount"), currency: text(fields, "currency") });
          return new Response(rateLimitedPage(back, locale), { status: 429, headers: { "Content-Type": "text/html; charset=utf-8", ...noStore, ...retryAfter } });
        }
        return refuse(true, fields, 429, refusal("rate_limited", locale), retryAfter);
      }
      return refuse(isJson, fields, 400, refusal(outcome.code, locale));
  }
}
