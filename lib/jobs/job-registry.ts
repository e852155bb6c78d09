// Every recurring job the worker runs. To add one: a name (letters, digits, - and _), a cron
// schedule (UTC) and a function of the job context that returns a small summary to log.
import type { PrismaClient } from "@/lib/db/generated/client";
import { deleteExpiredReminderSignUps } from "@/lib/reminders/delete-expired-reminder-sign-ups";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";

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
];
