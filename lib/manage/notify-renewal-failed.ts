// When a renewal fails the supporter hears about it once, calmly, with a link straight to the
// portal's card-update flow. One email per failed invoice, however many times Stripe tells us.
import type { PrismaClient } from "../db/generated/client";
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { sendEmail } from "../email/send-email";
import { decryptPii } from "../privacy/encrypt-pii";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { createManageLink } from "./create-manage-link";

type RenewalFailure = { invoiceId: string; supporterId: string; amount: number; currency: string; locale?: string | null; bankDebit?: boolean };

export async function notifyRenewalFailed(prisma: PrismaClient, failure: RenewalFailure, now = new Date()): Promise<string> {
  const supporter = await prisma.supporter.findUnique({ where: { id: failure.supporterId }, select: { emailEncrypted: true, emailIndex: true, erasedAt: true } });
  if (!supporter?.emailEncrypted || !supporter.emailIndex || supporter.erasedAt) return "skipped: no address for the supporter";
  try {
    await prisma.sentNotice.create({ data: { kind: "renewal-failed", reference: failure.invoiceId, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "skipped: already told the supporter";
    throw error;
  }
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const { token } = await createManageLink(prisma, { supporterId: failure.supporterId, purpose: ManageLinkPurpose.UPDATE_PAYMENT_METHOD, sentToIndex: supporter.emailIndex, locale: failure.locale }, now);
  const updateUrl = `${APP_URL}/manage/open?token=${token}`;
  const t = readerTranslator(failure.locale);
  const amount = readerFormats(failure.locale).money(failure.amount, failure.currency);
  await sendEmail({
    to: decryptPii(supporter.emailEncrypted),
    kind: "renewal-failed",
    subject: t("emails.renewalFailed.subject"),
    senderName: (await readDiscreetEmail(prisma)) ? t("emails.senderName") : undefined,
    text: [
      failure.bankDebit ? t("bankDebit.renewalFailed", { amount, newsroom }) : t("emails.renewalFailed.declined", { amount, newsroom }),
      "",
      // The card-expiry explanation is a card's; a bounced debit goes straight to what to do.
      ...(failure.bankDebit ? [] : [t("emails.renewalFailed.happens")]),
      t("emails.renewalFailed.update"),
      "",
      updateUrl,
      "",
      t("emails.renewalFailed.manage", { url: `${APP_URL}/manage` }),
      "",
      t("emails.renewalFailed.thanks", { newsroom }),
    ].join("\n"),
  });
  return "supporter told about the failed renewal";
}
