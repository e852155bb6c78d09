// Recurring donations whose last renewal failed and that Stripe is still retrying: the ones
// staff may want to contact, newest failure first, with the decline reason Stripe gave. Renewals
// waiting for the supporter's 3-D Secure confirmation are listed apart (awaiting: true).
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { Frequency } from "../db/generated/enums";
import { AUTHENTICATION_REQUIRED } from "../stripe/sync-subscription";

export type FailedRenewal = {
  subscriptionId: string;
  supporterId: string | null;
  frequency: Frequency;
  amount: number;
  currency: string;
  lastFailureReason: string | null;
  lastFailureAt: Date | null;
};

/** awaiting: the renewals waiting for the supporter to confirm with their bank, instead of the declined ones. */
export async function listFailedRenewals(prisma: PrismaClient, currency: string, limit = 10, awaiting = false): Promise<{ total: number; renewals: FailedRenewal[] }> {
  const reason = awaiting ? { lastFailureReason: AUTHENTICATION_REQUIRED } : { OR: [{ lastFailureReason: null }, { lastFailureReason: { not: AUTHENTICATION_REQUIRED } }] };
  const where = { status: "PAST_DUE" as const, currency, ...reason };
  const [total, rows] = await Promise.all([
    prisma.subscription.count({ where }),
    prisma.subscription.findMany({
      where,
      orderBy: [{ lastFailureAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: limit,
      select: { id: true, supporterId: true, frequency: true, amount: true, currency: true, lastFailureReason: true, lastFailureAt: true },
    }),
  ]);
  return { total, renewals: rows.map(({ id, ...rest }) => ({ subscriptionId: id, ...rest })) };
}
