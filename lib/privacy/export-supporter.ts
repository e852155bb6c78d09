// Everything held on one supporter, decrypted, as JSON (a subject-access request). Each export
// is written to the audit log with the staff member who asked for it.
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "./encrypt-pii";

export async function exportSupporter(prisma: PrismaClient, supporterId: string, actor: { userId: string }) {
  const supporter = await prisma.supporter.findUnique({
    where: { id: supporterId },
    include: {
      customers: { select: { id: true, livemode: true, createdAt: true } },
      donations: { orderBy: { createdAt: "asc" }, omit: { supporterId: true } },
      subscriptions: { orderBy: { startedAt: "asc" }, omit: { supporterId: true } },
    },
  });
  if (!supporter) return null;
  const reminders = supporter.emailIndex
    ? await prisma.reminder.findMany({ where: { emailIndex: supporter.emailIndex }, omit: { emailIndex: true, confirmTokenHash: true, cancelTokenHash: true, clientAddressHash: true } })
    : [];
  const newsletter = supporter.emailIndex
    ? await prisma.newsletterConsent.findUnique({
        where: { emailIndex: supporter.emailIndex },
        select: { status: true, source: true, consentVersion: true, locale: true, consentedAt: true, confirmedAt: true, withdrawnAt: true, withdrawnVia: true },
      })
    : null;
  const exported = {
    exportedAt: new Date().toISOString(),
    supporter: {
      id: supporter.id,
      email: supporter.emailEncrypted ? decryptPii(supporter.emailEncrypted) : null,
      name: supporter.nameEncrypted ? decryptPii(supporter.nameEncrypted) : null,
      firstGiftAt: supporter.firstGiftAt,
      erasedAt: supporter.erasedAt,
      createdAt: supporter.createdAt,
    },
    stripeCustomers: supporter.customers,
    donations: supporter.donations,
    recurringDonations: supporter.subscriptions,
    reminders: reminders.map(({ emailEncrypted, ...reminder }) => ({ ...reminder, email: decryptPii(emailEncrypted) })),
    newsletterConsent: newsletter,
  };
  await prisma.auditLog.create({ data: { actorUserId: actor.userId, action: "supporter.export", targetType: "supporter", targetId: supporterId } });
  return exported;
}
