// The worker's half of /manage's request (request-manage-link.ts): only a known supporter gets
// mail, sent to the address on record, not to what was typed, so only its owner can open the link.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { readDiscreetEmail } from "../email/read-discreet-email";
import { locales } from "../i18n/locales";
import { logger } from "../log/logger";
import { emailIndex } from "../privacy/email-index";
import { decryptPii } from "../privacy/encrypt-pii";
import { createManageLink } from "./create-manage-link";
import { sendManageLinkEmail } from "./send-manage-link-email";

// locale: the language the link was asked for in (absent from jobs queued before languages: English).
const payloadSchema = z.object({ emailEncrypted: z.string().min(1), locale: z.enum(locales).optional() });

export async function sendRequestedManageLink(prisma: PrismaClient, payload: unknown, now = new Date()): Promise<string> {
  const { emailEncrypted, locale } = payloadSchema.parse(payload);
  const supporter = await prisma.supporter.findUnique({
    where: { emailIndex: emailIndex(decryptPii(emailEncrypted)) },
    select: { id: true, erasedAt: true, emailIndex: true, emailEncrypted: true, customers: { select: { id: true }, take: 1 } },
  });
  if (!supporter?.emailEncrypted || !supporter.emailIndex || supporter.erasedAt || supporter.customers.length === 0) return "skipped: not a supporter";
  // The link remembers the address it goes to: it opens only customers whose email at Stripe is
  // still that address when it is followed (open-manage-link.ts).
  const { token, expiresAt } = await createManageLink(prisma, { supporterId: supporter.id, purpose: ManageLinkPurpose.MANAGE, sentToIndex: supporter.emailIndex, locale }, now);
  const url = `${getConfig().APP_URL}/manage/open?token=${token}`;
  await sendManageLinkEmail({ to: decryptPii(supporter.emailEncrypted), url, expiresAt, purpose: ManageLinkPurpose.MANAGE, locale, discreet: await readDiscreetEmail(prisma) });
  logger.info("manage link sent", { supporterId: supporter.id });
  return "manage link sent";
}
