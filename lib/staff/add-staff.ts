// Puts an address on the staff list with a role (or changes the role of one already there).
import type { PrismaClient } from "../db/generated/client";
import type { StaffRole } from "../db/generated/enums";
import { normaliseEmail } from "../privacy/email-index";

export async function addStaff(prisma: PrismaClient, email: string, role: StaffRole): Promise<{ id: string; created: boolean }> {
  const address = normaliseEmail(email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) throw new Error("That is not an email address.");
  const existing = await prisma.user.findUnique({ where: { email: address }, select: { id: true } });
  if (existing) {
    await prisma.user.update({ where: { id: existing.id }, data: { role } });
    return { id: existing.id, created: false };
  }
  const user = await prisma.user.create({ data: { email: address, role }, select: { id: true } });
  return { id: user.id, created: true };
}
