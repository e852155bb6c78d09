// The reminder funnel for a period: anonymous FunnelEvent counts by kind, every kind present.
// (The reminders work brings lib/reminders/count-reminder-funnel.ts; this is the dashboard's own count.)
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { FunnelEventKind } from "../db/generated/enums";

export type FunnelCounts = Record<FunnelEventKind, number>;

export async function countFunnelEvents(prisma: PrismaClient, { from, to }: { from: Date; to: Date }): Promise<FunnelCounts> {
  const rows = await prisma.funnelEvent.groupBy({ by: ["kind"], where: { createdAt: { gte: from, lt: to } }, _count: { _all: true } });
  const counts = Object.fromEntries(Object.values(FunnelEventKind).map((kind) => [kind, 0])) as FunnelCounts;
  for (const row of rows) counts[row.kind] = row._count._all;
  return counts;
}
