// POST /api/checkout: the appeal's Continue. A form post answers 303 to Stripe Checkout (or back to
// the appeal with the message and the reader's choice); JSON answers {url} or {error}.
import { getConfig } from "@/lib/config/env";
import { buildAppealUrl } from "@/lib/donations/build-appeal-url";
import { refusalMessages, type RefusalCode } from "@/lib/donations/refusal-messages";
import { startCheckout } from "@/lib/donations/start-checkout";
import { bodyErrorCode, readRequestFields } from "@/lib/http/read-request-fields";
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

const refusal = (code: RefusalCode): ErrorBody => ({ code, message: refusalMessages[code], field: null });

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
  const outcome = await startCheckout(fields, request.headers, getStripe);
  switch (outcome.kind) {
    case "created":
      return isJson ? Response.json({ url: outcome.url }, { headers: noStore }) : new Response(null, { status: 303, headers: { Location: outcome.url, ...noStore } });
    case "invalid":
      return refuse(isJson, fields, 400, outcome.error);
    case "unavailable":
      return refuse(isJson, fields, 503, refusal("checkout_unavailable"));
    case "refused":
      if (outcome.code === "rate_limited") {
        const retryAfter = { "Retry-After": String(outcome.retryAfterSeconds) };
        // A form post gets the 429 too: a small page with the way back, not a silent redirect.
        if (!isJson) {
          const back = buildAppealUrl(getConfig().APP_URL, { frequency: text(fields, "frequency"), amount: text(fields, "other_amount") || text(fields, "amount"), currency: text(fields, "currency") });
          const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Please wait a moment</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>Please wait a moment</h1><p>${refusalMessages.rate_limited}</p><p><a href="${back.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">Back to the appeal</a></p></main></html>`;
          return new Response(html, { status: 429, headers: { "Content-Type": "text/html; charset=utf-8", ...noStore, ...retryAfter } });
        }
        return refuse(true, fields, 429, refusal("rate_limited"), retryAfter);
      }
      return refuse(isJson, fields, 400, refusal(outcome.code));
  }
}
