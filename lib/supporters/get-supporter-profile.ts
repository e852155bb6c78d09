// One supporter as staff see them: identity decrypted for display, Stripe customers with links
// to Stripe's dashboard, and a timeline of gifts, reminders and every change to their recurring
// donations that Stripe confirmed (SubscriptionChange: started, amount, frequency, pause, resume,
// cancellation and its stated reason; the reader's comment stays on the overview, for admins).
// Totals given come from the "Gift" view. viewSupporterProfile records each view in the audit log.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { DonationStatus, Frequency, ReminderStatus, SubscriptionChangeKind, SubscriptionStatus } from "../db/generated/enums";
import { decryptPii } from "../privacy/encrypt-pii";

export type TimelineEntry =
  | { kind: "donation"; at: Date; id: string; amount: number; amountRefunded: number; currency: string; frequency: Frequency; status: DonationStatus; failureReason: string | null }
  | {
      kind: "subscription-change";
      at: Date;
      id: string;
      change: SubscriptionChangeKind;
      currency: string;
      from: { amount: number; frequency: Frequency } | null;
      to: { amount: number; frequency: Frequency } | null;
      feedback: string | null;
      resumesAt: Date | null;
    }
  | { kind: "reminder"; at: Date; id: string; status: ReminderStatus; remindOn: Date };

export type SupporterProfile = {
  id: string;
  email: string | null;
  name: string | null;
  firstGiftAt: Date | null;
  createdAt: Date;
  erased: boolean;
  customers: { id: string; stripeUrl: string }[];
  subscriptions: { id: string; stripeSubscriptionId: string; status: SubscriptionStatus; frequency: Frequency; amount: number; currency: string; currentPeriodEnd: Date | null; lastFailureReason: string | null }[];
  given: { currency: string; amount: number; gifts: number }[];
  timeline: TimelineEntry[];
};

export function stripeCustomerUrl(id: string, livemode: boolean): string {
  return `https://dashboard.stripe.com/${livemode ? "" : "test/"}customers/${encodeURIComponent(id)}`;
}

function readable(ciphertext: string | null): string | null {
  if (!ciphertext) return null;
  try {
    return decryptPii(ciphertext);
  } catch {
    // A key that was retired too early: show that, do not fail the page.
    return "(cannot be decrypted with the current keys)";
  }
}

export async function getSupporterProfile(prisma: PrismaClient, id: string, timelineLimit = 300): Promise<SupporterProfile | null> {
  const supporter = await prisma.supporter.findUnique({
    where: { id },
    select: {
      id: true,
      emailIndex: true,
      emailEncrypted: true,
      nameEncrypted: true,
      firstGiftAt: true,
      createdAt: true,
      erasedAt: true,
      customers: { select: { id: true, livemode: true }, orderBy: { createdAt: "asc" } },
      subscriptions: {
        orderBy: { startedAt: "desc" },
        select: {
          id: true,
          stripeSubscriptionId: true,
          status: true,
          frequency: true,
          amount: true,
          currency: true,
          currentPeriodEnd: true,
          lastFailureReason: true,
          changes: {
            orderBy: { occurredAt: "desc" },
            take: timelineLimit,
            select: { id: true, kind: true, currency: true, fromAmount: true, fromFrequency: true, toAmount: true, toFrequency: true, reasonFeedback: true, resumesAt: true, occurredAt: true },
          },
        },
      },
      donations: {
        orderBy: [{ paidAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        take: timelineLimit,
        select: { id: true, amount: true, amountRefunded: true, currency: true, frequency: true, status: true, failureReason: true, paidAt: true, createdAt: true },
      },
    },
  });
  if (!supporter) return null;
  const [reminders, given] = await Promise.all([
    supporter.emailIndex
      ? prisma.reminder.findMany({ where: { emailIndex: supporter.emailIndex }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, status: true, remindOn: true, createdAt: true } })
      : Promise.resolve([]),
    prisma.$queryRaw<{ currency: string; raised: bigint; gifts: number }[]>`
      SELECT "currency", sum("raised")::bigint AS "raised", count(*)::int AS "gifts" FROM "Gift" WHERE "supporterId" = ${id} GROUP BY "currency" ORDER BY "currency"`,
  ]);
  const timeline: TimelineEntry[] = [
    ...supporter.donations.map((d) => ({
      kind: "donation" as const,
      at: d.paidAt ?? d.createdAt,
      id: d.id,
      amount: d.amount,
      amountRefunded: d.amountRefunded,
      currency: d.currency,
      frequency: d.frequency,
      status: d.status,
      failureReason: d.failureReason,
    })),
    ...supporter.subscriptions.flatMap((s) =>
      s.changes.map((c) => ({
        kind: "subscription-change" as const,
        at: c.occurredAt,
        id: c.id,
        change: c.kind,
        currency: c.currency,
        from: c.fromAmount !== null && c.fromFrequency ? { amount: c.fromAmount, frequency: c.fromFrequency } : null,
        to: c.toAmount !== null && c.toFrequency ? { amount: c.toAmount, frequency: c.toFrequency } : null,
        feedback: c.reasonFeedback,
        resumesAt: c.resumesAt,
      })),
    ),
    ...reminders.map((r) => ({ kind: "reminder" as const, at: r.createdAt, id: r.id, status: r.status, remindOn: r.remindOn })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || a.kind.localeCompare(b.kind));
  return {
    id: supporter.id,
    email: readable(supporter.emailEncrypted),
    name: readable(supporter.nameEncrypted),
    firstGiftAt: supporter.firstGiftAt,
    createdAt: supporter.createdAt,
    erased: supporter.erasedAt !== null,
    customers: supporter.customers.map((c) => ({ id: c.id, stripeUrl: stripeCustomerUrl(c.id, c.livemode) })),
    subscriptions: supporter.subscriptions.map(({ changes: _c, ...s }) => s),
    given: given.map((g) => ({ currency: g.currency, amount: Number(g.raised), gifts: g.gifts })),
    timeline,
  };
}
