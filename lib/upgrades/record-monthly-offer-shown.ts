import type { PrismaClient } from "../db/generated/client";
import { FunnelEventKind } from "../db/generated/enums";

/** Anonymous: the funnel counts offers, it does not remember who saw them. */
export async function recordMonthlyOfferShown(prisma: PrismaClient, now = new Date()): Promise<void> {
  await prisma.funnelEvent.create({ data: { kind: FunnelEventKind.MONTHLY_OFFER_SHOWN, createdAt: now } });
}
