// Sends one donation's receipt to its supporter's address on record now, in the language they
// gave in. Used once per payment by the receipt job (send-payment-receipt.ts) and by staff
// resending a copy (resend-receipt.ts). Only a payment that was kept gets a receipt.
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerTranslator } from "../i18n/reader-translator";
import { decryptPii } from "../privacy/encrypt-pii";
import { composeReceiptEmail } from "./compose-receipt-email";
import { getReceiptSettings } from "./get-receipt-settings";
import { RECEIPTED_STATUSES } from "./receipted-statuses";

export type ReceiptDelivery = { sent: true } | { sent: false; reason: "no-donation" | "not-paid" | "no-address" };

/** The language the supporter gave in: the first payment's checkout attempt, or its subscription's. */
async function receiptLocale(prisma: PrismaClient, attemptLocale: string | null | undefined, subscriptionAttemptId: string | null | undefined): Promise<string | null> {
  if (attemptLocale) return attemptLocale;
  if (!subscriptionAttemptId) return null;
  return (await prisma.checkoutAttempt.findUnique({ where: { id: subscriptionAttemptId }, select: { locale: true } }))?.locale ?? null;
}

export async function deliverReceipt(prisma: PrismaClient, donationId: string, options: { copy?: boolean } = {}): Promise<ReceiptDelivery> {
  const donation = await prisma.donation.findUnique({
    where: { id: donationId },
    select: {
      id: true,
      amount: true,
      currency: true,
      frequency: true,
      status: true,
      paidAt: true,
      supporter: { select: { emailEncrypted: true, erasedAt: true } },
      checkoutAttempt: { select: { locale: true } },
      subscription: { select: { checkoutAttemptId: true } },
    },
  });
  if (!donation) return { sent: false, reason: "no-donation" };
  if (!donation.paidAt || !RECEIPTED_STATUSES.includes(donation.status)) return { sent: false, reason: "not-paid" };
  const supporter = donation.supporter;
  if (!supporter?.emailEncrypted || supporter.erasedAt) return { sent: false, reason: "no-address" };

  const locale = await receiptLocale(prisma, donation.checkoutAttempt?.locale, donation.subscription?.checkoutAttemptId);
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const email = composeReceiptEmail(
    { reference: donation.id, amount: donation.amount, currency: donation.currency, frequency: donation.frequency, paidAt: donation.paidAt },
    { locale, newsroom: NEWSROOM_NAME, manageUrl: `${APP_URL}/manage`, settings: await getReceiptSettings(prisma), copy: options.copy },
  );
  await sendEmail({
    to: decryptPii(supporter.emailEncrypted),
    kind: options.copy ? "receipt-copy" : "receipt",
    subject: email.subject,
    senderName: (await readDiscreetEmail(prisma)) ? readerTranslator(locale)("emails.senderName") : undefined,
    text: email.text,
  });
  return { sent: true };
}
