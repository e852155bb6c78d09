// Small factories for hand-built ledgers in integration tests: each takes only what a test
// cares about and fills the rest with plain defaults.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { CheckoutAttemptStatus, DonationStatus, Frequency, SubscriptionStatus } from "@/lib/db/generated/enums";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export function ledgerFactories(prisma: PrismaClient) {
  return {
    supporter: (data: { firstGiftAt: string; emailIndex?: string; emailEncrypted?: string; nameEncrypted?: string }) =>
      prisma.supporter.create({ data: { ...data, firstGiftAt: new Date(data.firstGiftAt), createdAt: new Date(data.firstGiftAt) } }),
    customer: (supporterId: string, id = `cus_test_${next()}`) => prisma.stripeCustomer.create({ data: { id, supporterId } }),
    donation: (data: { supporterId: string | null; amount: number; currency?: string; frequency?: Frequency; status?: DonationStatus; paidAt: string; amountRefunded?: number; subscriptionId?: string }) =>
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
    subscription: (data: {
      supporterId: string | null;
      amount: number;
      frequency: Frequency;
      status: SubscriptionStatus;
      startedAt: string;
      currency?: string;
      canceledAt?: string;
      lastFailureReason?: string;
      lastFailureAt?: string;
    }) =>
      prisma.subscription.create({
        data: {
          currency: "usd",
          ...data,
          stripeSubscriptionId: `sub_test_${next()}`,
          startedAt: new Date(data.startedAt),
          canceledAt: data.canceledAt ? new Date(data.canceledAt) : null,
          lastFailureAt: data.lastFailureAt ? new Date(data.lastFailureAt) : null,
        },
      }),
    checkoutAttempt: (data: { createdAt: string; status: CheckoutAttemptStatus; currency?: string; amount?: number; frequency?: Frequency }) =>
      prisma.checkoutAttempt.create({ data: { amount: 1000, frequency: "ONCE", currency: "usd", ...data, createdAt: new Date(data.createdAt) } }),
  };
}
