// The staff allowlist: only addresses that already have a User row may sign in. The address
// in STAFF_ADMIN_EMAIL is the exception that bootstraps the first admin.
import "server-only";
import { getConfig } from "../config/env";
import { getPrisma } from "../db/prisma";
import { StaffRole } from "../db/generated/enums";
import { normaliseEmail } from "../privacy/email-index";

export async function isAllowedStaff(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const address = normaliseEmail(email);
  const prisma = getPrisma();
  const admin = getConfig().STAFF_ADMIN_EMAIL;
  if (admin && normaliseEmail(admin) === address) {
    // Never downgrades: an existing row keeps the role staff gave it.
    await prisma.user.upsert({ where: { email: address }, update: {}, create: { email: address, role: StaffRole.ADMIN } });
    return true;
  }
  const user = await prisma.user.findUnique({ where: { email: address }, select: { id: true } });
  return user !== null;
}
