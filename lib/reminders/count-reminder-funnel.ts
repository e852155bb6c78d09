// The reminder funnel for the dashboard, over [from, to): snoozes, sign-ups, confirmations,
// sends, clicks (once per reminder), and donations paid within 30 days of a reminder click.
// Clicks and donations are not linked by identity: a donation counts when its checkout attempt
// came from a reminder link (source = "reminder") and was paid within 30 days of that attempt.
// Only gifts that were paid and kept count, at what was kept (the "Gift" view: refunds taken off).
import type { PrismaClient } from "@/lib/db/generated/client";

export const ATTRIBUTION_DAYS = 30;

export type ReminderFunnel = {
  snoozes: number;
  signUps: number;
  confirmations: number;
  sends: number;
  clicks: number;
  donations: number;
  donatedByCurrency: { currency: string; amount: number }[];
};

export async function countReminderFunnel(prisma: PrismaClient, range: { from: Date; to: Date }): Promise<ReminderFunnel> {
  const createdAt = { gte: range.from, lt: range.to };
  const [events, donations] = await Promise.all([
    prisma.funnelEvent.groupBy({ by: ["kind"], where: { createdAt, kind: { in: ["SNOOZE", "REMINDER_SIGNUP", "REMINDER_CONFIRMED", "REMINDER_SENT", "REMINDER_CLICKED"] } }, _count: { _all: true } }),
    prisma.$queryRaw<{ currency: string; donations: bigint; amount: bigint }[]>`
      SELECT d.currency, count(*) AS donations, sum(g.raised) AS amount
      FROM "Donation" d JOIN "Gift" g ON g.id = d.id JOIN "CheckoutAttempt" a ON a.id = d."checkoutAttemptId"
      WHERE a.source = 'reminder' AND d."paidAt" >= ${range.from} AND d."paidAt" < ${range.to}
        AND d."paidAt" <= a."createdAt" + make_interval(days => ${ATTRIBUTION_DAYS})
      GROUP BY d.currency ORDER BY d.currency`,
  ]);
  const count = (kind: string) => events.find((e) => e.kind === kind)?._count._all ?? 0;
  return {
    snoozes: count("SNOOZE"),
    signUps: count("REMINDER_SIGNUP"),
    confirmations: count("REMINDER_CONFIRMED"),
    sends: count("REMINDER_SENT"),
    clicks: count("REMINDER_CLICKED"),
    donations: donations.reduce((sum, row) => sum + Number(row.donations), 0),
    donatedByCurrency: donations.map((row) => ({ currency: row.currency, amount: Number(row.amount) })),
  };
}
