// Double opt-in: the Confirm button behind the emailed link marks the consent confirmed (the
// token works once, for NEWSLETTER_CONFIRMATION_DAYS) and tells the mailing tool.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { hashToken } from "@/lib/security/link-tokens";
import { NEWSLETTER_CONFIRMATION_DAYS } from "./compose-newsletter-confirmation";
import { queueNewsletterChange } from "./queue-newsletter-change";

export async function confirmNewsletterConsent(prisma: PrismaClient, token: string | undefined, now: Date): Promise<{ ok: boolean }> {
  if (!token) return { ok: false };
  const oldest = new Date(now.getTime() - NEWSLETTER_CONFIRMATION_DAYS * 86_400_000);
  const [consent] = await prisma.newsletterConsent.updateManyAndReturn({
    where: { confirmTokenHash: hashToken(token), status: "PENDING_CONFIRMATION", confirmationSentAt: { gt: oldest } },
    data: { status: "CONFIRMED", confirmTokenHash: null, confirmedAt: now },
    select: { id: true, emailEncrypted: true, locale: true, consentVersion: true },
  });
  if (!consent) return { ok: false };
  const webhook = await queueNewsletterChange(prisma, { type: "confirmed", consentId: consent.id, emailEncrypted: consent.emailEncrypted, locale: consent.locale, consentVersion: consent.consentVersion }, now);
  logger.info("newsletter consent confirmed", { consentId: consent.id, webhook });
  return { ok: true };
}
