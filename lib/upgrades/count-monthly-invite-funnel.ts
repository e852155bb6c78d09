// The monthly invitation's funnel for the dashboard: how often it was shown after a one-time
// gift, how many readers accepted (started its checkout), and how many became monthly supporters.
import type { PrismaClient } from "../db/generated/client";
import { CheckoutAttemptStatus, Frequency, FunnelEventKind } from "../db/generated/enums";
import { MONTHLY_INVITE_SOURCE } from "./monthly-invite-source";

export type MonthlyInviteFunnel = { shown: number; accepted: number; subscribed: number };

export async function countMonthlyInviteFunnel(prisma: PrismaClient, { from, to }: { from: Date; to: Date }): Promise<MonthlyInviteFunnel> {
  const window = { gte: from, lt: to };
  const [shown, accepted, subscribed] = await Promise.all([
    prisma.funnelEvent.count({ where: { kind: FunnelEventKind.MONTHLY_OFFER_SHOWN, createdAt: window } }),
    prisma.checkoutAttempt.count({ where: { source: MONTHLY_INVITE_SOURCE, frequency: Frequency.MONTHLY, createdAt: window } }),
    prisma.checkoutAttempt.count({
      where: { source: MONTHLY_INVITE_SOURCE, frequency: Frequency.MONTHLY, status: CheckoutAttemptStatus.COMPLETED, createdAt: window },
    }),
  ]);
  return { shown, accepted, subscribed };
}
