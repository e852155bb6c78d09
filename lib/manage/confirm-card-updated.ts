// A new card on a recurring gift (customer.subscription.updated with a new default payment method,
// from the billing portal or a setup-mode Checkout) is confirmed to the supporter once per card.
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerTranslator } from "../i18n/reader-translator";
import { composeChangeConfirmation } from "./compose-change-confirmation";
import { findGiftRecipient } from "./find-gift-recipient";
import { nextPaymentFrom, type GiftAtEvent } from "./gift-at-event";
import { sendNoticeOnce } from "./send-notice-once";

export type CardUpdate = GiftAtEvent & { stripeSubscriptionId: string; paymentMethodId: string; /** Stripe's event time, in seconds. */ occurredAt: number };

export async function confirmCardUpdated(prisma: PrismaClient, update: CardUpdate, now = new Date()): Promise<string> {
  const subscription = await prisma.subscription.findUnique({
    where: { stripeSubscriptionId: update.stripeSubscriptionId },
    select: { supporterId: true, checkoutAttemptId: true, amount: true, frequency: true, currency: true },
  });
  if (!subscription) return "no notice: subscription not in the ledger";
  const recipient = await findGiftRecipient(prisma, subscription);
  if (!recipient) return "no notice: no address for the supporter";
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const gift = { amount: subscription.amount, frequency: subscription.frequency };
  const email = composeChangeConfirmation(
    { kind: "CARD_UPDATED", currency: subscription.currency, from: gift, to: gift, effectiveAt: new Date(update.occurredAt * 1000), resumesAt: null, next: nextPaymentFrom(update) },
    { locale: recipient.locale, appUrl: APP_URL, newsroom: NEWSROOM_NAME },
  );
  const senderName = (await readDiscreetEmail(prisma)) ? readerTranslator(recipient.locale)("emails.senderName") : undefined;
  // One email per new card, whichever event (or duplicate) reports it.
  const sent = await sendNoticeOnce(prisma, { kind: "card-updated", reference: update.paymentMethodId }, () => sendEmail({ to: recipient.to, kind: "card-updated", senderName, ...email }).then(() => undefined), now);
  return sent ? "card update confirmed" : "skipped: already confirmed";
}
