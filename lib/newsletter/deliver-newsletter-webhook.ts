// The worker's delivery of one newsletter webhook (queued by queue-newsletter-change.ts): a JSON
// POST to the URL set in Settings, signed (sign-newsletter-webhook.ts). Anything but a 2xx
// within the timeout throws, so pg-boss tries again later; the body is the same each time.
// Deliveries run in parallel and retries reorder them, so receivers order changes by `created`.
//   { "id": "<event id>", "type": "newsletter.confirmed", "created": "<ISO time of the change>",
//     "data": { "email", "language", "consentVersion", "reason", "unsubscribeUrl" } }
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { newsletterUnsubscribeUrl } from "./newsletter-links";
import { getNewsletterWebhookUrl } from "./newsletter-webhook-setting";
import { newsletterChangeTypes } from "./queue-newsletter-change";
import { SIGNATURE_HEADER, signNewsletterWebhook } from "./sign-newsletter-webhook";

const DELIVERY_TIMEOUT_MS = 10_000;

const jobSchema = z.object({
  eventId: z.string().uuid(),
  occurredAt: z.string().datetime(),
  type: z.enum(newsletterChangeTypes),
  reason: z.string().nullable(),
  consentId: z.string().min(1),
  emailEncrypted: z.string().min(1),
  locale: z.string(),
  consentVersion: z.string(),
});

export async function deliverNewsletterWebhook(prisma: PrismaClient, payload: unknown, now: Date): Promise<string> {
  const event = jobSchema.parse(payload);
  const url = await getNewsletterWebhookUrl(prisma);
  if (!url) return "skipped: no webhook URL set";
  const secret = getConfig().NEWSLETTER_WEBHOOK_SECRET;
  if (!secret) return "skipped: NEWSLETTER_WEBHOOK_SECRET is not set";
  const body = JSON.stringify({
    id: event.eventId,
    type: `newsletter.${event.type}`,
    created: event.occurredAt,
    data: {
      email: decryptPii(event.emailEncrypted),
      language: event.locale,
      consentVersion: event.consentVersion,
      reason: event.reason,
      // A withdrawn address has no use for it, and its token still verifies: leave it out.
      unsubscribeUrl: event.type === "withdrawn" ? null : newsletterUnsubscribeUrl(event.consentId),
    },
  });
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: signNewsletterWebhook(secret, body, now), "X-Event-Id": event.eventId },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) {
    logger.warn("newsletter webhook refused", { eventId: event.eventId, status: response.status });
    throw new Error(`the newsletter webhook answered ${response.status}`);
  }
  return `delivered: ${event.type}`;
}
