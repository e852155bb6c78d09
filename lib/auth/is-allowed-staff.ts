// The staff allowlist: only addresses that already have a User row may sign in. The address
// in STAFF_ADMIN_EMAIL is the one exception, and only while there is no admin at all: it
// bootstraps the first admin of a fresh install. Once an admin exists the staff list alone
// decides, so a member removed in the dashboard stays removed even if the setting still names
// them (before, their next sign-in made them an admin again).
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getConfig } from "../config/env";
import { getPrisma } from "../db/prisma";
import { StaffRole } from "../db/generated/enums";
import { normaliseEmail } from "../privacy/email-index";

export async function isAllowedStaff(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const address = normaliseEmail(email);
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { email: address }, select: { id: true } });
  if (user) return true;
  const bootstrapAddress = getConfig().STAFF_ADMIN_EMAIL;
  if (!bootstrapAddress || normaliseEmail(bootstrapAddress) !== address) return false;
  // Not atomic with the insert, and need not be: the only race is with another way of making
  // an admin (npm run staff:add) at the same moment, and both admins are then ones the
  // newsroom chose. The upsert makes two concurrent first sign-ins one row.
  if ((await prisma.user.count({ where: { role: StaffRole.ADMIN } })) > 0) return false;
  const admin = await prisma.user.upsert({ where: { email: address }, update: {}, create: { email: address, role: StaffRole.ADMIN }, select: { id: true } });
  await recordAudit({ actorUserId: admin.id, action: "staff.admin_bootstrapped", targetType: "user", targetId: admin.id });
  return true;
}
