// Every job the worker runs. A recurring job: a name (letters, digits, - and _), a cron schedule
// (UTC) and a function of the job context that returns a small summary to log. A job queued by a
// web request (request-queues.ts): its queue's name and a function of the context and the job's
// data (parse it: it is whatever was queued) that returns a short outcome to log.
import type { PrismaClient } from "@/lib/db/generated/client";
import { deleteExpiredReminderSignUps } from "@/lib/reminders/delete-expired-reminder-sign-ups";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { getConfig } from "@/lib/config/env";
import { deleteEndedManageSessions } from "@/lib/account/manage-session";
import { deleteSpentManageLinks } from "@/lib/manage/delete-spent-manage-links";
import { sendAnnualRenewalNotices } from "@/lib/manage/send-annual-renewal-notices";
import { sendRequestedManageLink } from "@/lib/manage/send-requested-manage-link";
import { sendSupporterNotice } from "@/lib/manage/send-supporter-notice";
import { storeReminderSignUp } from "@/lib/reminders/store-reminder-sign-up";
import { applyRetention, retentionPeriodsOf } from "@/lib/privacy/apply-retention";
import { deliverNewsletterWebhook } from "@/lib/newsletter/deliver-newsletter-webhook";
import { storeNewsletterSignUp } from "@/lib/newsletter/store-newsletter-sign-up";
import { fillSettlements } from "@/lib/stripe/fill-settlements";
import { reconcileEvents } from "@/lib/stripe/reconcile-events";
import { sendPaymentReceipt } from "@/lib/receipts/send-payment-receipt";
import type { RequestQueue } from "./request-queues";

// How far back the scheduled reconcile looks: Stripe retries a failing endpoint for three days.
const RECONCILE_LOOKBACK_MS = 3 * 86_400_000;

export type JobContext = { prisma: PrismaClient; now: () => Date };

export type JobDefinition = {
  name: string;
  cron: string;
  run: (context: JobContext) => Promise<Record<string, number | string>>;
};

export type RequestJobDefinition = {
  name: RequestQueue;
  run: (context: JobContext, data: unknown) => Promise<string>;
};

export const requestJobRegistry: RequestJobDefinition[] = [
  { name: "manage-link-request", run: ({ prisma, now }, data) => sendRequestedManageLink(prisma, data, now()) },
  { name: "reminder-sign-up", run: ({ prisma, now }, data) => storeReminderSignUp(prisma, data, { now: now() }) },
  { name: "supporter-notice", run: ({ prisma, now }, data) => sendSupporterNotice(prisma, data, now()) },
  { name: "receipt-send", run: ({ prisma, now }, data) => sendPaymentReceipt(prisma, data, now()) },
  { name: "newsletter-sign-up", run: ({ prisma, now }, data) => storeNewsletterSignUp(prisma, data, { now: now() }) },
  { name: "newsletter-webhook", run: ({ prisma, now }, data) => deliverNewsletterWebhook(prisma, data, now()) },
];

export const jobRegistry: JobDefinition[] = [
  {
    name: "reminders-send-due",
    cron: "*/5 * * * *",
    run: ({ prisma, now }) => sendDueReminders(prisma, { now: now() }),
  },
  {
    // Yearly supporters are told 7 to 14 days before their gift renews; daily is enough for a 7-day window.
    name: "annual-renewal-notices",
    cron: "13 9 * * *",
    run: ({ prisma, now }) => sendAnnualRenewalNotices(prisma, now()),
  },
  {
    name: "reminders-delete-expired-sign-ups",
    cron: "17 3 * * *",
    run: async ({ prisma, now }) => ({ deleted: await deleteExpiredReminderSignUps(prisma, now()) }),
  },
  {
    name: "privacy-retention",
    cron: "41 2 * * *",
    run: async ({ prisma, now }) => ({
      ...(await applyRetention(prisma, now(), retentionPeriodsOf(getConfig()))),
      manageLinksDeleted: await deleteSpentManageLinks(prisma, now()),
      manageSessionsDeleted: await deleteEndedManageSessions(prisma, now()),
    }),
  },
  {
    // Missed webhooks are recovered from Stripe's Events API (idempotent alongside live webhooks).
    name: "stripe-reconcile",
    cron: "23 */6 * * *",
    run: async ({ now }) => {
      const { total, applied, alreadyApplied, failed } = await reconcileEvents({ since: new Date(now().getTime() - RECONCILE_LOOKBACK_MS) });
      // Then the balance transactions of paid donations synced before Stripe had them.
      const settlements = await fillSettlements();
      return { total, applied, alreadyApplied, failed, settlementsFilled: settlements.filled, settlementsFailed: settlements.failed };
    },
  },
];
