// Withdrawal, by the signed unsubscribe token (newsletter-links.ts): from the one-click POST a
// mailing tool's List-Unsubscribe header makes, or the button on /newsletter/unsubscribe. The
// time and the way are kept; a second withdrawal is still success (providers repeat POSTs) and
// changes nothing. A forged token, or one for a consent erased since, is refused.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { verifyUnsubscribeToken } from "./newsletter-links";
import { queueNewsletterChange } from "./queue-newsletter-change";

export type WithdrawVia = "one-click" | "page";

export async function withdrawNewsletterConsent(prisma: PrismaClient, token: string | undefined, via: WithdrawVia, now: Date): Promise<{ ok: boolean }> {
  const consentId = token ? verifyUnsubscribeToken(token) : undefined;
  if (!consentId) return { ok: false };
  const [withdrawn] = await prisma.newsletterConsent.updateManyAndReturn({
    where: { id: consentId, status: { not: "WITHDRAWN" } },
    data: { status: "WITHDRAWN", withdrawnAt: now, withdrawnVia: via, confirmTokenHash: null },
    select: { id: true, emailEncrypted: true, locale: true, consentVersion: true },
  });
  if (!withdrawn) return { ok: (await prisma.newsletterConsent.count({ where: { id: consentId } })) > 0 };
  const webhook = await queueNewsletterChange(prisma, { type: "withdrawn", reason: via, consentId, emailEncrypted: withdrawn.emailEncrypted, locale: withdrawn.locale, consentVersion: withdrawn.consentVersion }, now);
  logger.info("newsletter consent withdrawn", { consentId, via, webhook });
  return { ok: true };
}
