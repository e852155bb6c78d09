// The worker's half of item 7: every change to a recurring gift that Stripe confirmed (the rows one
// customer.subscription.* event wrote into SubscriptionChange) is confirmed to the supporter by
// email, once per row, in the language they gave in. Starts are not confirmed here: the
// thank-you page and the receipt do that.
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerTranslator } from "../i18n/reader-translator";
import { CONFIRMED_KINDS, composeChangeConfirmation, type Charge } from "./compose-change-confirmation";
import { findGiftRecipient } from "./find-gift-recipient";
import { nextPaymentFrom, type GiftAtEvent } from "./gift-at-event";
import { sendNoticeOnce } from "./send-notice-once";

const charge = (amount: number | null, frequency: Charge["frequency"] | null): Charge | null => (amount !== null && frequency ? { amount, frequency } : null);

export async function confirmSubscriptionChanges(prisma: PrismaClient, job: GiftAtEvent & { stripeEventId: string }, now = new Date()): Promise<string> {
  const changes = await prisma.subscriptionChange.findMany({
    where: { stripeEventId: job.stripeEventId, kind: { in: [...CONFIRMED_KINDS] } },
    orderBy: { kind: "asc" },
    select: {
      id: true,
      kind: true,
      currency: true,
      fromAmount: true,
      fromFrequency: true,
      toAmount: true,
      toFrequency: true,
      resumesAt: true,
      occurredAt: true,
      subscription: { select: { supporterId: true, checkoutAttemptId: true } },
    },
  });
  if (changes.length === 0) return "no change to confirm";
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const discreet = await readDiscreetEmail(prisma);
  let sent = 0;
  for (const change of changes) {
    const kind = CONFIRMED_KINDS.find((confirmed) => confirmed === change.kind);
    const recipient = kind ? await findGiftRecipient(prisma, change.subscription) : null;
    if (!kind || !recipient) continue;
    const ending = kind === "CANCEL_SCHEDULED" && job.periodEnd ? new Date(job.periodEnd * 1000) : null;
    const email = composeChangeConfirmation(
      {
        kind,
        currency: change.currency,
        from: charge(change.fromAmount, change.fromFrequency),
        to: charge(change.toAmount, change.toFrequency),
        effectiveAt: ending ?? change.occurredAt,
        resumesAt: change.resumesAt,
        next: nextPaymentFrom(job),
      },
      { locale: recipient.locale, appUrl: APP_URL, newsroom: NEWSROOM_NAME },
    );
    const senderName = discreet ? readerTranslator(recipient.locale)("emails.senderName") : undefined;
    const wasSent = await sendNoticeOnce(
      prisma,
      { kind: "change-confirmed", reference: change.id },
      async () => {
        await sendEmail({ to: recipient.to, kind: `change-confirmed-${kind.toLowerCase()}`, senderName, ...email });
      },
      now,
    );
    if (wasSent) sent += 1;
  }
  return `confirmed ${sent} of ${changes.length} changes`;
}
