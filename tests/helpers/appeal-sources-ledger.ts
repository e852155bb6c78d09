// A seeded ledger for the Sources report: appeal counters and attributed gifts written directly, as
// the embed and checkout would write them (the reader side is tested on its own).
import type { PrismaClient } from "@/lib/db/generated/client";
import type { DonationStatus } from "@/lib/db/generated/enums";

let sequence = 0;

type Gifts = { placement: string | null; variant?: string; articlePath?: string; currency?: string; amount?: number; on: string; status?: DonationStatus; amountRefunded?: number };

export function appealSourcesLedger(prisma: PrismaClient) {
  return {
    counter: (data: { day: string; placement: string; variant: string; articlePath: string; views?: number; clicks?: number; reminderSignUps?: number }) =>
      prisma.appealCounter.create({ data: { ...data, day: new Date(`${data.day}T00:00:00Z`) } }),
    /** `count` first gifts, each from its own checkout attempt with the given attribution, paid on `on` (noon UTC). */
    gifts: async (count: number, gift: Gifts) => {
      const at = new Date(`${gift.on}T12:00:00Z`);
      const ids = Array.from({ length: count }, () => `src${(sequence++).toString(36)}${Date.now().toString(36)}`);
      const currency = gift.currency ?? "usd";
      const amount = gift.amount ?? 1000;
      await prisma.checkoutAttempt.createMany({
        data: ids.map((id) => ({
          id,
          frequency: "ONCE" as const,
          amount,
          currency,
          placement: gift.placement,
          variant: gift.variant ?? null,
          articlePath: gift.articlePath ?? null,
          status: "COMPLETED" as const,
          createdAt: at,
        })),
      });
      await prisma.donation.createMany({
        data: ids.map((id) => ({
          checkoutAttemptId: id,
          amount,
          amountRefunded: gift.amountRefunded ?? 0,
          currency,
          frequency: "ONCE" as const,
          status: gift.status ?? "SUCCEEDED",
          paidAt: at,
          createdAt: at,
          stripePaymentIntentId: `pi_${id}`,
        })),
      });
    },
  };
}
