// The webhook intake, whatever server received it: size limit, signature (any of the configured
// secrets, for rotation), live/test mode, then durable recording and application. Only a bad
// request gets 4xx; an event we must be sent again gets 5xx; everything else, handled or not,
// gets 2xx (an unhandled type is recorded as IGNORED first). The route handler
// (app/api/stripe/webhook, through receive-stripe-webhook.ts) is the one door, in development and
// production alike.
import type Stripe from "stripe";
import { getConfig } from "../config/env";
import { logger } from "../log/logger";
import { ingestStripeEvent } from "./ingest-stripe-event";
import { getStripe } from "./stripe";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type WebhookAnswer = { status: number; body: Record<string, unknown> };

function verify(body: Buffer, signature: string, secrets: string[]): Stripe.Event | null {
  for (const secret of secrets) {
    try {
      return getStripe().webhooks.constructEvent(body, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
    } catch {
      // try the next secret: during a rotation either may have signed it
    }
  }
  return null;
}

/** body is null when the request passed MAX_WEBHOOK_BYTES (the caller stops reading there). */
export async function answerStripeWebhook(body: Buffer | null, signature: string | null): Promise<WebhookAnswer> {
  if (body === null) return { status: 413, body: { error: "payload too large" } };
  if (!signature) return { status: 400, body: { error: "missing Stripe-Signature header" } };
  const config = getConfig();
  const event = verify(body, signature, config.stripeWebhookSecrets);
  if (!event) {
    logger.warn("webhook refused: signature did not verify");
    return { status: 400, body: { error: "signature did not verify" } };
  }

  const liveKey = /^(sk|rk)_live_/.test(config.STRIPE_SECRET_KEY);
  if (event.livemode !== liveKey) {
    logger.warn(`[${event.type}] ignored: ${event.livemode ? "live" : "test"} event sent to a ${liveKey ? "live" : "test"} server`, { eventId: event.id });
    return { status: 200, body: { received: true, ignored: "livemode mismatch" } };
  }
  // Every event of our mode is recorded, handled or not: an unhandled type is kept as IGNORED.
  const { result, outcome } = await ingestStripeEvent(event);
  if (result === "ignored") return { status: 200, body: { received: true, ignored: "not handled" } };
  if (result === "applied" || result === "duplicate") return { status: 200, body: { received: true, outcome } };
  if (result === "busy") return { status: 503, body: { error: "this event is being applied by another delivery; retry later" } };
  return { status: 500, body: { error: "could not apply the event; Stripe will retry" } };
}
