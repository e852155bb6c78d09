// Staff resend one donation's receipt from the supporter's dashboard page: a copy, to the
// supporter's address on record now, audited. Limited, counted in the audit log so every app
// instance agrees: a few copies per donation an hour, and a few dozen per staff member an hour.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { deliverReceipt } from "./deliver-receipt";

export const RESEND_LIMITS = { perDonation: 3, perStaff: 30, windowMs: 3_600_000 };

export type ResendOutcome = "sent" | "not-found" | "not-paid" | "no-address" | "too-many";

export async function resendReceipt(actorUserId: string, supporterId: string, donationId: string, prisma: PrismaClient = getPrisma(), now = new Date()): Promise<ResendOutcome> {
  const donation = await prisma.donation.findFirst({ where: { id: donationId, supporterId }, select: { id: true } });
  if (!donation) return "not-found";
  const since = new Date(now.getTime() - RESEND_LIMITS.windowMs);
  const [forDonation, byStaff] = await Promise.all([
    prisma.auditLog.count({ where: { action: "receipt.resent", targetType: "donation", targetId: donationId, createdAt: { gte: since } } }),
    prisma.auditLog.count({ where: { action: "receipt.resent", actorUserId, createdAt: { gte: since } } }),
  ]);
  if (forDonation >= RESEND_LIMITS.perDonation || byStaff >= RESEND_LIMITS.perStaff) return "too-many";
  const delivery = await deliverReceipt(prisma, donationId, { copy: true });
  if (!delivery.sent) return delivery.reason === "no-donation" ? "not-found" : delivery.reason;
  await prisma.auditLog.create({ data: { actorUserId, action: "receipt.resent", targetType: "donation", targetId: donationId, metadata: { supporterId } } });
  return "sent";
}
