// When a renewal fails the supporter hears about it once, calmly, with a link straight to the
// portal's card-update flow. One email per failed invoice, however many times Stripe tells us.
import type { PrismaClient } from "../db/generated/client";
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { sendEmail } from "../email/send-email";
import { decryptPii } from "../privacy/encrypt-pii";
import { formatMoney } from "../money/format-money";
import { createManageLink } from "./create-manage-link";

type RenewalFailure = { invoiceId: string; supporterId: string; amount: number; currency: string };

export async function notifyRenewalFailed(prisma: PrismaClient, failure: RenewalFailure, now = new Date()): Promise<string> {
  const supporter = await prisma.supporter.findUnique({ where: { id: failure.supporterId }, select: { emailEncrypted: true, emailIndex: true, erasedAt: true } });
  if (!supporter?.emailEncrypted || !supporter.emailIndex || supporter.erasedAt) return "skipped: no address for the supporter";
  try {
    await prisma.sentNotice.create({ data: { kind: "renewal-failed", reference: failure.invoiceId, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "skipped: already told the supporter";
    throw error;
  }
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const { token } = await createManageLink(prisma, { supporterId: failure.supporterId, purpose: ManageLinkPurpose.UPDATE_PAYMENT_METHOD, sentToIndex: supporter.emailIndex }, now);
  const updateUrl = `${APP_URL}/manage/open?token=${token}`;
  await sendEmail({
    to: decryptPii(supporter.emailEncrypted),
    kind: "renewal-failed",
    subject: "Your recurring gift did not go through",
    text: [
      `We tried to collect your recurring gift of ${formatMoney(failure.amount, failure.currency)} to ${NEWSROOM_NAME}, and your bank declined it.`,
      "",
      "This happens, most often when a card expires or is replaced. Nothing is lost: we will try again over the next few days.",
      "If you would like to update your card now, this link takes you straight there (it works once, for a short time):",
      "",
      updateUrl,
      "",
      `To change or cancel your gift at any time: ${APP_URL}/manage`,
      "",
      `Thank you for supporting ${NEWSROOM_NAME}.`,
    ].join("\n"),
  });
  return "supporter told about the failed renewal";
}
