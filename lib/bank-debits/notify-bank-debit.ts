// Bank debits settle days after the reader confirms. The reader hears it twice at most, in the
// language they gave in: once when the gift starts ("pending": the money is on its way, nothing to
// do), and once if a one-time debit bounces ("failed": nothing was taken, how to give again). A
// recurring debit that bounces is told like a failed card renewal (lib/manage/notify-if-renewal-failed.ts).
// Each email goes once per checkout session, however often Stripe repeats itself (SentNotice);
// the donation is re-read, so an old event about a debit that has since settled sends nothing.
import type { PrismaClient } from "../db/generated/client";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { sendEmail } from "../email/send-email";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { decryptPii } from "../privacy/encrypt-pii";

export type BankDebitNotice = "pending" | "failed";

const STATUS_FOR: Record<BankDebitNotice, "PENDING" | "FAILED"> = { pending: "PENDING", failed: "FAILED" };

export async function notifyBankDebit(prisma: PrismaClient, notice: BankDebitNotice, checkoutSessionId: string, now = new Date()): Promise<string> {
  const donation = await prisma.donation.findUnique({
    where: { stripeCheckoutSessionId: checkoutSessionId },
    select: {
      status: true,
      amount: true,
      currency: true,
      frequency: true,
      checkoutAttempt: { select: { locale: true } },
      supporter: { select: { emailEncrypted: true, erasedAt: true } },
    },
  });
  if (!donation) return "no notice: no donation for the session yet";
  if (donation.status !== STATUS_FOR[notice]) return `no notice: the gift is ${donation.status.toLowerCase()}`;
  if (notice === "failed" && donation.frequency !== "ONCE") return "no notice: a recurring debit is told as a failed renewal";
  const supporter = donation.supporter;
  if (!supporter?.emailEncrypted || supporter.erasedAt) return "no notice: no address for the supporter";
  try {
    await prisma.sentNotice.create({ data: { kind: `bank-debit-${notice}`, reference: checkoutSessionId, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "no notice: already told the supporter";
    throw error;
  }
  const locale = donation.checkoutAttempt?.locale ?? null;
  const t = readerTranslator(locale);
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const gift = t(`emails.choice.${donation.frequency}`, { amount: readerFormats(locale).money(donation.amount, donation.currency) });
  const lines =
    notice === "pending"
      ? [t("bankDebit.pending.received", { gift, newsroom }), "", t("bankDebit.pending.settles"), t("bankDebit.pending.nothingToDo"), "", t("bankDebit.thanks", { newsroom })]
      : [t("bankDebit.failed.bounced", { gift, newsroom }), "", t("bankDebit.failed.nothingTaken"), t("bankDebit.failed.giveAgain", { url: `${APP_URL}/` }), "", t("bankDebit.thanks", { newsroom })];
  await sendEmail({
    to: decryptPii(supporter.emailEncrypted),
    kind: `bank-debit-${notice}`,
    subject: t(`bankDebit.${notice}.subject`),
    senderName: (await readDiscreetEmail(prisma)) ? t("emails.senderName") : undefined,
    text: lines.join("\n"),
  });
  return `supporter told the bank debit is ${notice}`;
}
