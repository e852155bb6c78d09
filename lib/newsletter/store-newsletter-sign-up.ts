// The worker's half of a newsletter sign-up (sign-up-for-newsletter.ts queues it): stores the
// consent as pending with the time, wording version and language it was given in, emails the
// confirmation link, and tells the mailing tool ("subscribed"). An address already confirmed is
// left as it is and gets no email; a repeat within a day stores nothing and sends nothing, so the
// form cannot fill someone's inbox. The answer to the reader was the same in every case.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { readDiscreetEmail } from "@/lib/email/read-discreet-email";
import { sendEmail, type OutgoingEmail } from "@/lib/email/send-email";
import { locales } from "@/lib/i18n/locales";
import { logger } from "@/lib/log/logger";
import { emailIndex, normaliseEmail } from "@/lib/privacy/email-index";
import { decryptPii, encryptPii } from "@/lib/privacy/encrypt-pii";
import { hashToken, newConfirmToken } from "@/lib/security/link-tokens";
import { composeNewsletterConfirmation } from "./compose-newsletter-confirmation";
import { newsletterSources } from "./parse-newsletter-sign-up";
import { queueNewsletterChange } from "./queue-newsletter-change";

export const NEWSLETTER_CONFIRMATION_INTERVAL_MS = 86_400_000;

const jobSchema = z.object({
  emailEncrypted: z.string().min(1).nullable(),
  checkoutSessionId: z.string().min(1).nullable(),
  source: z.enum(newsletterSources),
  locale: z.enum(locales),
  consentVersion: z.string().min(1).max(32),
  consentedAt: z.string().datetime(),
});

export type NewsletterSignUpJob = z.infer<typeof jobSchema>;

type Decision = { send: false; outcome: string } | { send: true; consentId: string; emailEncrypted: string };

/** The address typed, or the one recorded with the gift of this Checkout Session (null when there is none). */
async function addressOf(prisma: PrismaClient, job: NewsletterSignUpJob): Promise<string | null> {
  if (job.emailEncrypted) return decryptPii(job.emailEncrypted);
  if (!job.checkoutSessionId) return null;
  const gift = await prisma.donation.findUnique({ where: { stripeCheckoutSessionId: job.checkoutSessionId }, select: { supporter: { select: { emailEncrypted: true } } } });
  // A recurring gift whose first payment has not settled yet (a bank debit) has its subscription only.
  const attempt = gift ? null : await prisma.checkoutAttempt.findUnique({ where: { stripeCheckoutSessionId: job.checkoutSessionId }, select: { id: true } });
  const recurring = attempt ? await prisma.subscription.findFirst({ where: { checkoutAttemptId: attempt.id }, select: { supporter: { select: { emailEncrypted: true } } } }) : null;
  const encrypted = (gift ?? recurring)?.supporter?.emailEncrypted;
  return encrypted ? normaliseEmail(decryptPii(encrypted)) : null;
}

export async function storeNewsletterSignUp(prisma: PrismaClient, payload: unknown, { now, send = sendEmail }: { now: Date; send?: (email: OutgoingEmail) => Promise<unknown> }): Promise<string> {
  const job = jobSchema.parse(payload);
  const email = await addressOf(prisma, job);
  if (!email) return "skipped: no address for this gift";
  const index = emailIndex(email);
  const confirmToken = newConfirmToken();
  const decision = await prisma.$transaction(
    async (tx): Promise<Decision> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`newsletter-sign-up:${index}`}))`;
      const existing = await tx.newsletterConsent.findUnique({ where: { emailIndex: index }, select: { status: true, confirmationSentAt: true } });
      if (existing?.status === "CONFIRMED") return { send: false, outcome: "skipped: already confirmed" };
      if (existing?.confirmationSentAt && existing.confirmationSentAt.getTime() > now.getTime() - NEWSLETTER_CONFIRMATION_INTERVAL_MS) {
        return { send: false, outcome: "skipped: a confirmation went to this address within a day" };
      }
      const pending = {
        status: "PENDING_CONFIRMATION" as const,
        emailEncrypted: job.emailEncrypted ?? encryptPii(email),
        source: job.source,
        consentVersion: job.consentVersion,
        locale: job.locale,
        consentedAt: new Date(job.consentedAt),
        confirmTokenHash: hashToken(confirmToken),
        confirmationSentAt: now,
        confirmedAt: null,
        withdrawnAt: null,
        withdrawnVia: null,
      };
      const row = await tx.newsletterConsent.upsert({ where: { emailIndex: index }, update: pending, create: { ...pending, emailIndex: index }, select: { id: true, emailEncrypted: true } });
      return { send: true, consentId: row.id, emailEncrypted: row.emailEncrypted };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  if (!decision.send) return decision.outcome;
  try {
    await send(composeNewsletterConfirmation({ to: email, confirmToken, locale: job.locale, discreet: await readDiscreetEmail(prisma) }));
  } catch (error) {
    // Not sent, so it does not count as the day's confirmation: the job's retry may send it.
    await prisma.newsletterConsent.updateMany({ where: { id: decision.consentId, confirmTokenHash: hashToken(confirmToken) }, data: { confirmationSentAt: null } });
    throw error;
  }
  const change = { type: "subscribed" as const, consentId: decision.consentId, emailEncrypted: decision.emailEncrypted, locale: job.locale, consentVersion: job.consentVersion };
  const webhook = await queueNewsletterChange(prisma, change, now);
  logger.info("newsletter sign-up stored", { consentId: decision.consentId, source: job.source, webhook });
  return "confirmation sent";
}
