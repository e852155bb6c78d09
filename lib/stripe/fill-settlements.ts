// Reconciliation for settlements: paid donations whose balance transaction is not in the ledger
// yet (synced before Stripe settled the charge, or recorded before the ledger kept settlements)
// get it from the charge now. Run by the worker's Stripe reconcile and `npm run stripe:reconcile`.
// Idempotent: a donation that has its balance transaction is never read again.
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { readSettlement } from "./read-settlement";
import { getStripe } from "./stripe";

export type SettlementFill = { checked: number; filled: number; failed: number };

export async function fillSettlements({ limit = 500 }: { limit?: number } = {}): Promise<SettlementFill> {
  const prisma = getPrisma();
  const missing = await prisma.donation.findMany({
    where: { stripeBalanceTransactionId: null, stripeChargeId: { not: null }, paidAt: { not: null } },
    select: { id: true, stripeChargeId: true },
    orderBy: { paidAt: "desc" },
    take: limit,
  });
  const fill: SettlementFill = { checked: missing.length, filled: 0, failed: 0 };
  for (const donation of missing) {
    try {
      const charge = await getStripe().charges.retrieve(String(donation.stripeChargeId), { expand: ["balance_transaction"] });
      const settlement = await readSettlement(charge);
      if (!settlement) continue;
      await prisma.donation.update({ where: { id: donation.id }, data: settlement });
      fill.filled += 1;
    } catch (error) {
      fill.failed += 1;
      logger.warn("settlement not read", { donationId: donation.id, error: error instanceof Error ? error.name : "unknown" });
    }
  }
  return fill;
}
