// A renewal waiting for 3-D Secure (invoice.payment_action_required): the supporter gets one email
// per invoice with the invoice's hosted page, where their bank's confirmation completes the
// payment. Re-read from Stripe first: a payment already confirmed (or voided) needs no email.
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { idOf } from "../stripe/id-of";
import { getStripe } from "../stripe/stripe";
import { findGiftRecipient } from "./find-gift-recipient";
import { sendNoticeOnce } from "./send-notice-once";

export async function askPaymentConfirmation(prisma: PrismaClient, invoiceId: string, now = new Date()): Promise<string> {
  const invoice = await getStripe().invoices.retrieve(invoiceId);
  if (invoice.status !== "open" || !invoice.hosted_invoice_url) return `no notice: invoice ${invoice.status ?? "unknown"}`;
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  const subscription = subscriptionId ? await prisma.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId }, select: { supporterId: true, checkoutAttemptId: true } }) : null;
  if (!subscription) return "no notice: not a recurring gift in the ledger";
  const recipient = await findGiftRecipient(prisma, subscription);
  if (!recipient) return "no notice: no address for the supporter";
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const t = readerTranslator(recipient.locale);
  const amount = readerFormats(recipient.locale).money(invoice.amount_due, invoice.currency);
  const senderName = (await readDiscreetEmail(prisma)) ? t("emails.senderName") : undefined;
  const text = [
    t("supporterEmails.paymentAction.intro", { amount, newsroom }),
    "",
    t("supporterEmails.paymentAction.confirm"),
    "",
    invoice.hosted_invoice_url,
    "",
    t("supporterEmails.paymentAction.nothingElse"),
    t("supporterEmails.manage", { url: `${APP_URL}/manage` }),
    "",
    t("supporterEmails.thanks", { newsroom }),
  ].join("\n");
  const send = () => sendEmail({ to: recipient.to, kind: "payment-action-required", subject: t("supporterEmails.subject.PAYMENT_ACTION"), senderName, text }).then(() => undefined);
  return (await sendNoticeOnce(prisma, { kind: "payment-action-required", reference: invoice.id }, send, now)) ? "supporter asked to confirm the payment" : "skipped: already asked";
}
