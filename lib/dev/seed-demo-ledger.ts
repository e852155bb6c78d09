// A plausible, deterministic demo ledger: about two years of one-time and recurring gifts
// in three currencies, with renewals, a few refunds, disputes and failed renewals, and the history
// of each recurring donation (started, some raised or lowered, paused, set to end with a reason, ended).
// Supporters carry no email or name: demo data never looks like real people.
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DonationStatus, Frequency, SubscriptionStatus } from "../db/generated/enums";
import { seededRandom } from "./seeded-random";

type SeedOptions = { supporters: number; now: Date; seed?: number };

const DAY = 86_400_000;
const amounts: Record<Frequency, number[]> = {
  ONCE: [500, 1000, 2500, 5000, 1500, 10000],
  MONTHLY: [200, 500, 1000, 2000],
  ANNUAL: [2500, 5000, 10000, 25000],
};

const feedbacks = ["too_expensive", "too_expensive", "unused", "switched_service", "other", null];

export async function seedDemoLedger(prisma: PrismaClient, { supporters, now, seed = 7 }: SeedOptions) {
  const random = seededRandom(seed);
  // The subscriptions' histories draw from their own stream, so the gifts stay what they were before histories existed.
  const chance = seededRandom(seed + 1000);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const start = now.getTime() - 730 * DAY;
  let donationCount = 0;
  let subscriptionCount = 0;

  for (let i = 0; i < supporters; i++) {
    // More supporters arrive later: the newsroom is growing.
    const firstGiftAt = new Date(start + Math.sqrt(random()) * 728 * DAY);
    const currency = pick(["usd", "usd", "eur", "eur", "gbp"]);
    const roll = random();
    const frequency = roll < 0.55 ? Frequency.ONCE : roll < 0.9 ? Frequency.MONTHLY : Frequency.ANNUAL;
    const amount = pick(amounts[frequency]);
    const supporter = await prisma.supporter.create({
      data: { firstGiftAt, createdAt: firstGiftAt },
      select: { id: true },
    });
    const donations: Prisma.DonationCreateManyInput[] = [];

    if (frequency === Frequency.ONCE) {
      const status = random() < 0.03 ? DonationStatus.REFUNDED : DonationStatus.SUCCEEDED;
      donations.push({
        supporterId: supporter.id,
        amount,
        currency,
        frequency,
        status,
        paidAt: firstGiftAt,
        createdAt: firstGiftAt,
        amountRefunded: status === DonationStatus.REFUNDED ? amount : 0,
        source: pick(["appeal", "appeal", "reminder", "newsletter"]),
      });
      if (random() < 0.2) {
        const again = new Date(firstGiftAt.getTime() + (60 + random() * 300) * DAY);
        if (again < now) donations.push({ supporterId: supporter.id, amount: pick(amounts.ONCE), currency, frequency, status: DonationStatus.SUCCEEDED, paidAt: again, createdAt: again, source: "reminder" });
      }
    } else {
      const periodDays = frequency === Frequency.MONTHLY ? 30.44 : 365.25;
      const lifetimeDays = random() < 0.35 ? random() * 500 : Infinity;
      const canceledAt = lifetimeDays === Infinity ? null : new Date(firstGiftAt.getTime() + lifetimeDays * DAY);
      const failing = canceledAt === null && random() < 0.04;
      const status = canceledAt && canceledAt < now ? SubscriptionStatus.CANCELED : failing ? SubscriptionStatus.PAST_DUE : SubscriptionStatus.ACTIVE;
      let paidAt = firstGiftAt;
      let lastPaid = firstGiftAt;
      const subscription = await prisma.subscription.create({
        data: {
          stripeSubscriptionId: `sub_demo_${seed}_${i}`,
          supporterId: supporter.id,
          status,
          frequency,
          amount,
          currency,
          startedAt: firstGiftAt,
          canceledAt: status === SubscriptionStatus.CANCELED ? canceledAt : null,
          lastFailureReason: failing ? pick(["Your card was declined.", "Your card has insufficient funds.", "Your card has expired."]) : null,
          lastFailureAt: failing ? new Date(now.getTime() - random() * 10 * DAY) : null,
        },
        select: { id: true },
      });
      subscriptionCount++;
      const history = demoHistory(chance, { frequency, amount, currency, startedAt: firstGiftAt, canceledAt: status === SubscriptionStatus.CANCELED ? canceledAt : null, now });
      await prisma.subscriptionChange.createMany({ data: history.changes.map((change) => ({ ...change, subscriptionId: subscription.id })) });
      while (paidAt < now && (!canceledAt || paidAt < canceledAt)) {
        const paused = history.pause && paidAt >= history.pause.from && paidAt < history.pause.until;
        if (paused) {
          paidAt = new Date(paidAt.getTime() + periodDays * DAY);
          continue;
        }
        donations.push({
          supporterId: supporter.id,
          subscriptionId: subscription.id,
          amount: history.amountOn(paidAt),
          currency,
          frequency,
          status: random() < 0.005 ? DonationStatus.DISPUTED : DonationStatus.SUCCEEDED,
          paidAt,
          createdAt: paidAt,
          source: "appeal",
        });
        lastPaid = paidAt;
        paidAt = new Date(paidAt.getTime() + periodDays * DAY);
      }
      await prisma.subscription.update({
        where: { id: subscription.id },
        data: { currentPeriodEnd: new Date(lastPaid.getTime() + periodDays * DAY), amount: history.amountOn(now) },
      });
    }
    await prisma.donation.createMany({ data: donations });
    donationCount += donations.length;
  }
  return { supporters, donations: donationCount, subscriptions: subscriptionCount };
}

type DemoHistory = {
  changes: Omit<Prisma.SubscriptionChangeCreateManyInput, "subscriptionId">[];
  amountOn: (at: Date) => number;
  pause: { from: Date; until: Date } | null;
};

/** A plausible history for one demo subscription: a start, perhaps a new amount or a pause, and its end. */
function demoHistory(
  chance: () => number,
  { frequency, amount, currency, startedAt, canceledAt, now }: { frequency: Frequency; amount: number; currency: string; startedAt: Date; canceledAt: Date | null; now: Date },
): DemoHistory {
  const end = canceledAt ?? now;
  const at = (share: number) => new Date(startedAt.getTime() + (end.getTime() - startedAt.getTime()) * share);
  const charge = (value: number) => ({ amount: value, frequency });
  const changes: DemoHistory["changes"] = [{ kind: "STARTED", currency, toAmount: amount, toFrequency: frequency, occurredAt: startedAt }];
  let changeAt: Date | null = null;
  let newAmount = amount;
  if (chance() < 0.2) {
    changeAt = at(0.3 + chance() * 0.4);
    newAmount = Math.max(100, Math.round((amount * (chance() < 0.6 ? 1.5 : 0.6)) / 100) * 100);
    if (newAmount !== amount) {
      changes.push({ kind: "AMOUNT_CHANGED", currency, fromAmount: amount, fromFrequency: frequency, toAmount: newAmount, toFrequency: frequency, occurredAt: changeAt });
    }
  }
  const amountOn = (when: Date) => (changeAt && when >= changeAt ? newAmount : amount);
  let pause: DemoHistory["pause"] = null;
  if (frequency === Frequency.MONTHLY && chance() < 0.08) {
    const from = at(0.1 + chance() * 0.3);
    const until = new Date(Math.min(end.getTime(), from.getTime() + (1 + Math.floor(chance() * 3)) * 30 * DAY));
    pause = { from, until };
    const current = charge(amountOn(from));
    changes.push({ kind: "PAUSED", currency, fromAmount: current.amount, fromFrequency: frequency, toAmount: current.amount, toFrequency: frequency, resumesAt: until, occurredAt: from });
    if (until < end) changes.push({ kind: "RESUMED", currency, fromAmount: current.amount, fromFrequency: frequency, toAmount: current.amount, toFrequency: frequency, occurredAt: until });
  }
  if (canceledAt) {
    const last = charge(amountOn(canceledAt));
    const reasonFeedback = feedbacks[Math.floor(chance() * feedbacks.length)] ?? null;
    const asked = new Date(Math.max(startedAt.getTime(), canceledAt.getTime() - chance() * 25 * DAY));
    changes.push({ kind: "CANCEL_SCHEDULED", currency, fromAmount: last.amount, fromFrequency: frequency, reasonFeedback, occurredAt: asked });
    changes.push({ kind: "CANCELLED", currency, fromAmount: last.amount, fromFrequency: frequency, reasonFeedback, occurredAt: canceledAt });
  }
  return { changes, amountOn, pause };
}
