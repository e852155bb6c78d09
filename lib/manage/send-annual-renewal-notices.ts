// Item 9: a yearly supporter hears 7 to 14 days before their gift renews (amount, date, where to
// change or cancel), as card networks expect for long-period subscriptions. A daily worker job,
// not invoice.upcoming: that event's timing is a Stripe account setting, while this window is
// ours, and a worker down for a few days still sends inside it. Candidates come from the ledger;
// each is re-read from Stripe (Stripe is the truth) so a gift paused, cancelled or switching to
// monthly since gets nothing, and a scheduled new amount is the one announced. Once per period.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { logger } from "../log/logger";
import { idOf } from "../stripe/id-of";
import { getStripe } from "../stripe/stripe";
import { findGiftRecipient } from "./find-gift-recipient";
import { sendNoticeOnce } from "./send-notice-once";

const DAY_MS = 86_400_000;
export const NOTICE_WINDOW_DAYS = { from: 7, to: 14 } as const;

type Renewal = { amount: number; currency: string; interval: string | undefined; at: Date };

/** What the renewal at the end of this period will charge, per Stripe (a schedule's next phase included). */
async function renewalOf(subscription: Stripe.Subscription): Promise<Renewal | null> {
  const item = subscription.items.data[0];
  if (!item) return null;
  const at = new Date(item.current_period_end * 1000);
  let price: Stripe.Price = item.price;
  let quantity = item.quantity ?? 1;
  const scheduleId = idOf(subscription.schedule);
  if (scheduleId) {
    const schedule = await getStripe().subscriptionSchedules.retrieve(scheduleId);
    const next = schedule.phases.find((phase) => phase.start_date === item.current_period_end)?.items[0];
    if (next) {
      price = typeof next.price === "string" ? await getStripe().prices.retrieve(next.price) : "deleted" in next.price ? price : next.price;
      quantity = next.quantity ?? 1;
    }
  }
  return { amount: (price.unit_amount ?? 0) * quantity, currency: subscription.currency, interval: price.recurring?.interval, at };
}

const isRunning = (subscription: Stripe.Subscription) => subscription.status === "active" && !subscription.pause_collection && !subscription.cancel_at_period_end && !subscription.cancel_at;

export type AnnualNoticeOutcome = { candidates: number; sent: number; skipped: number; failed: number };

export async function sendAnnualRenewalNotices(prisma: PrismaClient, now = new Date()): Promise<AnnualNoticeOutcome> {
  const from = new Date(now.getTime() + NOTICE_WINDOW_DAYS.from * DAY_MS);
  const to = new Date(now.getTime() + NOTICE_WINDOW_DAYS.to * DAY_MS);
  const candidates = await prisma.subscription.findMany({
    where: { status: "ACTIVE", frequency: "ANNUAL", paused: false, cancelAtPeriodEnd: false, supporterId: { not: null }, currentPeriodEnd: { gte: from, lte: to } },
    select: { stripeSubscriptionId: true, supporterId: true, checkoutAttemptId: true, currentPeriodEnd: true },
  });
  const outcome: AnnualNoticeOutcome = { candidates: candidates.length, sent: 0, skipped: 0, failed: 0 };
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const discreet = await readDiscreetEmail(prisma);
  for (const candidate of candidates) {
    try {
      const period = candidate.currentPeriodEnd?.toISOString().slice(0, 10);
      const notice = { kind: "annual-renewal", reference: `${candidate.stripeSubscriptionId}:${period}` };
      if (await prisma.sentNotice.findUnique({ where: { kind_reference: notice }, select: { id: true } })) {
        outcome.skipped += 1;
        continue;
      }
      const subscription = await getStripe().subscriptions.retrieve(candidate.stripeSubscriptionId);
      const renewal = isRunning(subscription) ? await renewalOf(subscription) : null;
      const inWindow = renewal && renewal.at >= from && renewal.at <= to && renewal.at.toISOString().slice(0, 10) === period;
      const recipient = renewal?.interval === "year" && inWindow ? await findGiftRecipient(prisma, candidate) : null;
      if (!renewal || !recipient) {
        outcome.skipped += 1;
        continue;
      }
      const t = readerTranslator(recipient.locale);
      const amount = readerFormats(recipient.locale).money(renewal.amount, renewal.currency);
      const days = Math.round((renewal.at.getTime() - now.getTime()) / DAY_MS);
      const text = [
        t("supporterEmails.annualRenewal.intro", { newsroom, days, amount, date: renewal.at }),
        "",
        t("supporterEmails.annualRenewal.nothingToDo"),
        t("supporterEmails.annualRenewal.change", { url: `${APP_URL}/manage` }),
        "",
        t("supporterEmails.thanks", { newsroom }),
      ].join("\n");
      const senderName = discreet ? t("emails.senderName") : undefined;
      const sent = await sendNoticeOnce(prisma, notice, () => sendEmail({ to: recipient.to, kind: "annual-renewal", subject: t("supporterEmails.subject.ANNUAL_RENEWAL"), senderName, text }).then(() => undefined), now);
      outcome[sent ? "sent" : "skipped"] += 1;
    } catch (error) {
      // One gift's failure (Stripe down, SMTP refusing) must not stop the others; tomorrow's run is inside the window too.
      outcome.failed += 1;
      logger.error("annual renewal notice failed", { subscription: candidate.stripeSubscriptionId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
