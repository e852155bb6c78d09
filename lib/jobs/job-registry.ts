// Every recurring job the worker runs. To add one: a name (letters, digits, - and _), a cron
// schedule (UTC) and a function of the job context that returns a small summary to log.
import type { PrismaClient } from "@/lib/db/generated/client";
import { deleteExpiredReminderSignUps } from "@/lib/reminders/delete-expired-reminder-sign-ups";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { getConfig } from "@/lib/config/env";
import { deleteSpentManageLinks } from "@/lib/manage/delete-spent-manage-links";
import { applyRetention, retentionPeriodsOf } from "@/lib/privacy/apply-retention";
import { reconcileEvents } from "@/lib/stripe/reconcile-events";

// How far back the scheduled reconcile looks: Stripe retries a failing endpoint for three days.
const RECONCILE_LOOKBACK_MS = 3 * 86_400_000;

export type JobContext = { prisma: PrismaClient; now: () => Date };

export type JobDefinition = {
  name: string;
  cron: string;
  run: (context: JobContext) => Promise<Record<string, number | string>>;
};

export const jobRegistry: JobDefinition[] = [
  {
    name: "reminders-send-due",
    cron: "*/5 * * * *",
    run: ({ prisma, now }) => sendDueReminders(prisma, { now: now() }),
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
    }),
  },
  {
    // Missed webhooks are recovered from Stripe's Events API (idempotent alongside live webhooks).
    name: "stripe-reconcile",
    cron: "23 */6 * * *",
    run: async ({ now }) => {
      const { total, applied, alreadyApplied, failed } = await reconcileEvents({ since: new Date(now().getTime() - RECONCILE_LOOKBACK_MS) });
      return { total, applied, alreadyApplied, failed };
    },
  },
];
