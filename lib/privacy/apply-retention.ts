// Keeps little: removes what is past its retention period (run daily by the worker).
//   webhook payloads        reduced to id, type and status after `webhookPayloadDays`
//   reminders               deleted `reminderDays` after they were sent or cancelled
//   unconfirmed reminders   deleted `unconfirmedReminderDays` after they were asked for
//   unconfirmed newsletter sign-ups  deleted after the same period
//   checkout address hashes cleared after `addressHashDays`
//   staff supporter searches deleted once ended (they last minutes; new searches also sweep them)
//   appeal attribution      cleared from checkout attempts and reminders after `attributionDays`,
//                           the gifts first rolled up into AppealGiftTotal (lib/embed/roll-up-appeal-gifts.ts)
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";
import { rollUpAppealGifts } from "../embed/roll-up-appeal-gifts";

export type RetentionPeriods = { webhookPayloadDays: number; reminderDays: number; unconfirmedReminderDays: number; addressHashDays: number; attributionDays: number };
export type RetentionResult = {
  webhookPayloadsReduced: number;
  remindersDeleted: number;
  unconfirmedRemindersDeleted: number;
  unconfirmedNewsletterSignUpsDeleted: number;
  addressHashesCleared: number;
  endedSupporterSearchesDeleted: number;
  attributionsCleared: number;
};

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function applyRetention(prisma: PrismaClient, now: Date, periods: RetentionPeriods): Promise<RetentionResult> {
  const payloadCutoff = daysBefore(now, periods.webhookPayloadDays);
  const reminderCutoff = daysBefore(now, periods.reminderDays);
  const unconfirmedCutoff = daysBefore(now, periods.unconfirmedReminderDays);
  const addressCutoff = daysBefore(now, periods.addressHashDays);
  const attribution = await rollUpAppealGifts(prisma, daysBefore(now, periods.attributionDays));
  const [payloads, finished, unconfirmed, attempts, searches, newsletter] = await prisma.$transaction([
    prisma.stripeEvent.updateMany({ where: { receivedAt: { lt: payloadCutoff }, NOT: { payload: { equals: Prisma.DbNull } } }, data: { payload: Prisma.DbNull } }),
    prisma.reminder.deleteMany({
      where: {
        OR: [
          { status: "SENT", sentAt: { lt: reminderCutoff } },
          { status: "CANCELLED", cancelledAt: { lt: reminderCutoff } },
        ],
      },
    }),
    prisma.reminder.deleteMany({ where: { status: "PENDING_CONFIRMATION", createdAt: { lt: unconfirmedCutoff } } }),
    prisma.checkoutAttempt.updateMany({ where: { createdAt: { lt: addressCutoff }, clientAddressHash: { not: null } }, data: { clientAddressHash: null } }),
    prisma.supporterSearch.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.newsletterConsent.deleteMany({ where: { status: "PENDING_CONFIRMATION", consentedAt: { lt: unconfirmedCutoff } } }),
  ]);
  return {
    webhookPayloadsReduced: payloads.count,
    remindersDeleted: finished.count,
    unconfirmedRemindersDeleted: unconfirmed.count,
    unconfirmedNewsletterSignUpsDeleted: newsletter.count,
    addressHashesCleared: attempts.count,
    endedSupporterSearchesDeleted: searches.count,
    attributionsCleared: attribution.checkoutAttempts + attribution.reminders,
  };
}

/** The periods from settings (RETENTION_* in .env.example). */
export function retentionPeriodsOf(config: {
  RETENTION_WEBHOOK_PAYLOAD_DAYS: number;
  RETENTION_REMINDER_DAYS: number;
  RETENTION_UNCONFIRMED_REMINDER_DAYS: number;
  RETENTION_ADDRESS_HASH_DAYS: number;
  RETENTION_ATTRIBUTION_DAYS: number;
}): RetentionPeriods {
  return {
    webhookPayloadDays: config.RETENTION_WEBHOOK_PAYLOAD_DAYS,
    reminderDays: config.RETENTION_REMINDER_DAYS,
    unconfirmedReminderDays: config.RETENTION_UNCONFIRMED_REMINDER_DAYS,
    addressHashDays: config.RETENTION_ADDRESS_HASH_DAYS,
    attributionDays: config.RETENTION_ATTRIBUTION_DAYS,
  };
}
