// Who a recurring gift's emails go to: its supporter's address on record (decrypted only here, in
// the worker) and the language they gave in, or null for an erased or unknown supporter.
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "../privacy/encrypt-pii";

export type GiftRecipient = { to: string; locale: string | null };

export async function findGiftRecipient(prisma: PrismaClient, subscription: { supporterId: string | null; checkoutAttemptId: string | null }): Promise<GiftRecipient | null> {
  if (!subscription.supporterId) return null;
  const supporter = await prisma.supporter.findUnique({ where: { id: subscription.supporterId }, select: { emailEncrypted: true, erasedAt: true } });
  if (!supporter?.emailEncrypted || supporter.erasedAt) return null;
  const attempt = subscription.checkoutAttemptId ? await prisma.checkoutAttempt.findUnique({ where: { id: subscription.checkoutAttemptId }, select: { locale: true } }) : null;
  return { to: decryptPii(supporter.emailEncrypted), locale: attempt?.locale ?? null };
}
