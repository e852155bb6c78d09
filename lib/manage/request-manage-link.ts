// A supporter asks for a link to manage their giving. Whether or not the address belongs to a
// supporter, the caller learns nothing: the answer is the same and only known supporters get mail.
import type { PrismaClient } from "../db/generated/client";
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { logger } from "../log/logger";
import { emailIndex } from "../privacy/email-index";
import { decryptPii } from "../privacy/encrypt-pii";
import { sendManageLinkEmail } from "./send-manage-link-email";
import { createManageLink } from "./create-manage-link";

export async function requestManageLink(prisma: PrismaClient, email: string, now = new Date()): Promise<void> {
  const supporter = await prisma.supporter.findUnique({
    where: { emailIndex: emailIndex(email) },
    select: { id: true, erasedAt: true, emailIndex: true, emailEncrypted: true, customers: { select: { id: true }, take: 1 } },
  });
  if (!supporter?.emailEncrypted || !supporter.emailIndex || supporter.erasedAt || supporter.customers.length === 0) {
    logger.info("manage link requested for an unknown address");
    return;
  }
  // The link remembers the address it goes to: it opens only customers whose email at Stripe is
  // still that address when it is followed (open-manage-link.ts).
  const { token, expiresAt } = await createManageLink(prisma, { supporterId: supporter.id, purpose: ManageLinkPurpose.MANAGE, sentToIndex: supporter.emailIndex }, now);
  const url = `${getConfig().APP_URL}/manage/open?token=${token}`;
  // Sent to the address on record, not to what was typed: only its owner can open the link.
  await sendManageLinkEmail({ to: decryptPii(supporter.emailEncrypted), url, expiresAt, purpose: ManageLinkPurpose.MANAGE });
  logger.info("manage link sent", { supporterId: supporter.id });
}
