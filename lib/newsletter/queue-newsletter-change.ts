// Queues the webhook for one change of a consent (subscribed, confirmed, withdrawn) when staff
// have set a webhook URL. The job carries the address encrypted, like every job, and a fixed
// event id the receiver can deduplicate on; deliver-newsletter-webhook.ts sends it, and a failed
// delivery is retried with growing delays (about two hours in all) before it is given up.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { enqueueJob, type JobRetry } from "@/lib/jobs/enqueue-job";
import { getNewsletterWebhookUrl } from "./newsletter-webhook-setting";

export const newsletterChangeTypes = ["subscribed", "confirmed", "withdrawn"] as const;
export type NewsletterChangeType = (typeof newsletterChangeTypes)[number];

export type NewsletterChange = {
  type: NewsletterChangeType;
  consentId: string;
  emailEncrypted: string;
  locale: string;
  consentVersion: string;
  /** Why a withdrawal happened: "one-click", "page", "erased". */
  reason?: string;
};

export const WEBHOOK_RETRY: JobRetry = { limit: 8, delaySeconds: 30, backoff: true };

/** "queued", or "no webhook" when no URL is set. */
export async function queueNewsletterChange(prisma: PrismaClient, change: NewsletterChange, now: Date, retry: JobRetry = WEBHOOK_RETRY): Promise<"queued" | "no webhook"> {
  if (!(await getNewsletterWebhookUrl(prisma))) return "no webhook";
  await enqueueJob(
    "newsletter-webhook",
    {
      eventId: randomUUID(),
      occurredAt: now.toISOString(),
      reason: change.reason ?? null,
      type: change.type,
      consentId: change.consentId,
      emailEncrypted: change.emailEncrypted,
      locale: change.locale,
      consentVersion: change.consentVersion,
    },
    retry,
  );
  return "queued";
}
