// A switch between monthly and annual scheduled for the end of the period (a subscription
// schedule whose next phase has another interval: lib/account's switch) is confirmed to the
// supporter once per schedule, phase and price. The schedule is re-read from Stripe: the event is
// a hint, and a switch dropped since (schedule released) gets no email. When the switch happens,
// customer.subscription.updated confirms it again (FREQUENCY_CHANGED).
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerTranslator } from "../i18n/reader-translator";
import { idOf } from "../stripe/id-of";
import { getStripe } from "../stripe/stripe";
import { frequencyOf } from "../stripe/sync-subscription";
import { composeChangeConfirmation, type Charge } from "./compose-change-confirmation";
import { findGiftRecipient } from "./find-gift-recipient";
import { sendNoticeOnce } from "./send-notice-once";

async function chargeOf(item: Stripe.SubscriptionSchedule.Phase.Item | undefined): Promise<(Charge & { priceId: string }) | null> {
  if (!item) return null;
  const price = typeof item.price === "string" ? await getStripe().prices.retrieve(item.price) : item.price;
  if ("deleted" in price && price.deleted) return null;
  return { priceId: price.id, amount: (price.unit_amount ?? 0) * (item.quantity ?? 1), frequency: frequencyOf(price.recurring?.interval) };
}

export async function confirmScheduledSwitch(prisma: PrismaClient, scheduleId: string, now = new Date()): Promise<string> {
  const schedule = await getStripe().subscriptionSchedules.retrieve(scheduleId);
  const currentEnd = schedule.current_phase?.end_date;
  if (schedule.status !== "active" || currentEnd === undefined) return `no notice: schedule ${schedule.status}`;
  const current = schedule.phases.find((phase) => phase.end_date === currentEnd);
  const next = schedule.phases.find((phase) => phase.start_date === currentEnd);
  const [from, to] = [await chargeOf(current?.items[0]), await chargeOf(next?.items[0])];
  if (!next || !from || !to || from.frequency === to.frequency) return "no notice: no switch of frequency to come";
  const subscriptionId = idOf(schedule.subscription);
  const subscription = subscriptionId ? await prisma.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId }, select: { supporterId: true, checkoutAttemptId: true, currency: true } }) : null;
  if (!subscription) return "no notice: not a recurring gift in the ledger";
  const recipient = await findGiftRecipient(prisma, subscription);
  if (!recipient) return "no notice: no address for the supporter";
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const at = new Date(next.start_date * 1000);
  const email = composeChangeConfirmation(
    { kind: "FREQUENCY_SCHEDULED", currency: subscription.currency, from, to, effectiveAt: at, resumesAt: null, next: { amount: to.amount, at } },
    { locale: recipient.locale, appUrl: APP_URL, newsroom: NEWSROOM_NAME },
  );
  const senderName = (await readDiscreetEmail(prisma)) ? readerTranslator(recipient.locale)("emails.senderName") : undefined;
  const notice = { kind: "switch-scheduled", reference: `${schedule.id}:${next.start_date}:${to.priceId}` };
  const sent = await sendNoticeOnce(prisma, notice, () => sendEmail({ to: recipient.to, kind: "switch-scheduled", senderName, ...email }).then(() => undefined), now);
  return sent ? "scheduled switch confirmed" : "skipped: already confirmed";
}
