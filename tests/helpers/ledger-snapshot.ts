// The supporter ledger as a comparable value (no generated ids or write times: rows are named
// by their Stripe ids), and a reset that empties it between two deliveries of the same events.
import type { PrismaClient } from "@/lib/db/generated/client";
import { decryptPii } from "@/lib/privacy/encrypt-pii";

export async function ledgerSnapshot(prisma: PrismaClient) {
  const supporters = await prisma.supporter.findMany({ include: { customers: { select: { id: true } } } });
  const supporterKey = new Map(
    supporters.map((s) => [
      s.id,
      s.customers
        .map((c) => c.id)
        .sort()
        .join("+") || `email:${s.emailIndex}`,
    ]),
  );
  const subscriptions = await prisma.subscription.findMany({ orderBy: { stripeSubscriptionId: "asc" } });
  const subscriptionKey = new Map(subscriptions.map((s) => [s.id, s.stripeSubscriptionId]));
  const donations = await prisma.donation.findMany();
  const attempts = await prisma.checkoutAttempt.findMany({ orderBy: { id: "asc" } });
  return {
    supporters: supporters
      .map((s) => ({
        key: supporterKey.get(s.id),
        email: s.emailEncrypted ? decryptPii(s.emailEncrypted) : null,
        name: s.nameEncrypted ? decryptPii(s.nameEncrypted) : null,
        emailIndex: s.emailIndex,
        firstGiftAt: s.firstGiftAt,
      }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
    subscriptions: subscriptions.map(({ id: _id, createdAt: _c, updatedAt: _u, stripeStateAt: _s, supporterId, ...rest }) => ({ ...rest, supporter: supporterId ? supporterKey.get(supporterId) : null })),
    donations: donations
      .map(({ id: _id, createdAt: _c, updatedAt: _u, supporterId, subscriptionId, ...rest }) => ({
        ...rest,
        supporter: supporterId ? supporterKey.get(supporterId) : null,
        subscription: subscriptionId ? subscriptionKey.get(subscriptionId) : null,
      }))
      .sort((a, b) => `${a.stripeInvoiceId ?? ""}${a.stripeCheckoutSessionId ?? ""}`.localeCompare(`${b.stripeInvoiceId ?? ""}${b.stripeCheckoutSessionId ?? ""}`)),
    attempts: attempts.map((a) => ({ id: a.id, status: a.status, stripeCheckoutSessionId: a.stripeCheckoutSessionId, completedAt: a.completedAt })),
  };
}

export type LedgerSnapshot = Awaited<ReturnType<typeof ledgerSnapshot>>;

/** Forgets everything the webhooks wrote; checkout attempts go back to open. */
export async function resetLedger(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    prisma.donation.deleteMany(),
    prisma.subscription.deleteMany(),
    prisma.stripeCustomer.deleteMany(),
    prisma.supporter.deleteMany(),
    prisma.stripeEvent.deleteMany(),
    prisma.checkoutAttempt.updateMany({ data: { status: "OPEN", stripeCheckoutSessionId: null, completedAt: null } }),
  ]);
}
