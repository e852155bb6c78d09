// The webhook intake: size limits, signature (any of the configured secrets, for rotation),
// live/test mode, then durable recording and application. Only a bad request gets 4xx; an
// event we must be sent again gets 5xx; everything else, handled or not, gets 2xx.
import type Stripe from "stripe";
import { getConfig } from "../config/env";
import { readLimitedBody } from "../http/read-limited-body";
import { logger } from "../log/logger";
import { isHandledEventType } from "./dispatch-stripe-event";
import { ingestStripeEvent } from "./ingest-stripe-event";
import { getStripe } from "./stripe";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;
const TOLERANCE_SECONDS = 300;

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

function verify(body: Buffer, signature: string, secrets: string[]): Stripe.Event | null {
  for (const secret of secrets) {
    try {
      return getStripe().webhooks.constructEvent(body, signature, secret, TOLERANCE_SECONDS);
    } catch {
      // try the next secret: during a rotation either may have signed it
    }
  }
  return null;
}

export async function receiveStripeWebhook(request: Request): Promise<Response> {
  const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  if (body === null) return answer(413, { error: "payload too large" });

  const signature = request.headers.get("stripe-signature");
  if (!signature) return answer(400, { error: "missing Stripe-Signature header" });
  const config = getConfig();
  const event = verify(body, signature, config.stripeWebhookSecrets);
  if (!event) {
    logger.warn("webhook refused: signature did not verify");
    return answer(400, { error: "signature did not verify" });
  }

  const liveKey = /^(sk|rk)_live_/.test(config.STRIPE_SECRET_KEY);
  if (event.livemode !== liveKey) {
    logger.warn(`[${event.type}] ignored: ${event.livemode ? "live" : "test"} event sent to a ${liveKey ? "live" : "test"} server`, { eventId: event.id });
    return answer(200, { received: true, ignored: "livemode mismatch" });
  }
  if (!isHandledEventType(event.type)) {
    logger.info(`[${event.type}] ignored: not handled`, { eventId: event.id });
    return answer(200, { received: true, ignored: "not handled" });
  }

  const { result, outcome } = await ingestStripeEvent(event);
  if (result === "applied" || result === "duplicate") return answer(200, { received: true, outcome });
  if (result === "busy") return answer(503, { error: "this event is being applied by another delivery; retry later" });
  return answer(500, { error: "could not apply the event; Stripe will retry" });
}
