// Small factories for hand-built ledgers in integration tests: each takes only what a test
// cares about and fills the rest with plain defaults.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { CheckoutAttemptStatus, DonationStatus, Frequency, SubscriptionChangeKind, SubscriptionStatus } from "@/lib/db/generated/enums";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

type Charge = { amount: number; frequency: Frequency };

export function ledgerFactories(prisma: PrismaClient) {
  const change = (data: { subscriptionId: string; kind: SubscriptionChangeKind; at: string; currency?: string; from?: Charge; to?: Charge; feedback?: string; commentEncrypted?: string }) =>
    prisma.subscriptionChange.create({
      data: {
        subscriptionId: data.subscriptionId,
        kind: data.kind,
        currency: data.currency ?? "usd",
        fromAmount: data.from?.amount ?? null,
        fromFrequency: data.from?.frequency ?? null,
        toAmount: data.to?.amount ?? null,
        toFrequency: data.to?.frequency ?? null,
        reasonFeedback: data.feedback ?? null,
        reasonCommentEncrypted: data.commentEncrypted ?? null,
        occurredAt: new Date(data.at),
      },
    });
  return {
    supporter: (data: { firstGiftAt: string; emailIndex?: string; emailEncrypted?: string; nameEncrypted?: string }) =>
      prisma.supporter.create({ data: { ...data, firstGiftAt: new Date(data.firstGiftAt), createdAt: new Date(data.firstGiftAt) } }),
    customer: (supporterId: string, id = `cus_test_${next()}`) => prisma.stripeCustomer.create({ data: { id, supporterId } }),
    donation: (data: {
      supporterId: string | null;
      amount: number;
      currency?: string;
      frequency?: Frequency;
      status?: DonationStatus;
      paidAt: string;
      amountRefunded?: number;
      subscriptionId?: string;
      checkoutAttemptId?: string;
    }) =>
      prisma.donation.create({
        data: {
          frequency: "ONCE",
          status: "SUCCEEDED",
          currency: "usd",
          ...data,
          paidAt: new Date(data.paidAt),
          createdAt: new Date(data.paidAt),
          stripePaymentIntentId: `pi_test_${next()}`,
        },
      }),
    subscription: async (data: {
      supporterId: string | null;
      amount: number;
      frequency: Frequency;
      status: SubscriptionStatus;
      startedAt: string;
      currency?: string;
      canceledAt?: string;
      lastFailureReason?: string;
      lastFailureAt?: string;
      /** Changes to write instead of the start (and end) the row implies, as the webhooks would have. */
      changes?: "implied" | "none";
    }) => {
      const { changes = "implied", ...fields } = data;
      const subscription = await prisma.subscription.create({
        data: {
          ...fields,
          currency: fields.currency ?? "usd",
          stripeSubscriptionId: `sub_test_${next()}`,
          startedAt: new Date(data.startedAt),
          canceledAt: data.canceledAt ? new Date(data.canceledAt) : null,
          lastFailureAt: data.lastFailureAt ? new Date(data.lastFailureAt) : null,
        },
      });
      // The history the webhooks would have written for this row: its start, and its end if it ended.
      if (changes === "implied" && !data.status.startsWith("INCOMPLETE")) {
        const charge = { amount: data.amount, frequency: data.frequency };
        await change({ subscriptionId: subscription.id, kind: "STARTED", at: data.startedAt, currency: subscription.currency, to: charge });
        if (data.status === "CANCELED" && data.canceledAt) await change({ subscriptionId: subscription.id, kind: "CANCELLED", at: data.canceledAt, currency: subscription.currency, from: charge });
      }
      return subscription;
    },
    change,
    checkoutAttempt: (data: { createdAt: string; status: CheckoutAttemptStatus; currency?: string; amount?: number; frequency?: Frequency; source?: string }) =>
      prisma.checkoutAttempt.create({ data: { amount: 1000, frequency: "ONCE", currency: "usd", ...data, createdAt: new Date(data.createdAt) } }),
  };
}
