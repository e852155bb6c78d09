// Staff management for admins: invite, change a role, remove. Every change is audit-logged,
// and the dashboard always keeps at least one admin.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getConfig } from "../config/env";
import { getPrisma } from "../db/prisma";
import type { StaffRole } from "../db/generated/enums";
import { sendEmail } from "../email/send-email";
import { addStaff } from "./add-staff";

export type StaffChange = { ok: true } | { ok: false; message: string };

async function wouldLeaveNoAdmin(userId: string): Promise<boolean> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role !== "ADMIN") return false;
  return (await prisma.user.count({ where: { role: "ADMIN" } })) <= 1;
}

export async function inviteStaff(actorUserId: string, email: string, role: StaffRole): Promise<StaffChange> {
  const prisma = getPrisma();
  const existing = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (existing) return { ok: false, message: "That address is already on the staff list." };
  let id: string;
  try {
    id = (await addStaff(prisma, email, role)).id;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : "The invitation did not work." };
  }
  await recordAudit({ actorUserId, action: "staff.invited", targetType: "user", targetId: id, metadata: { role } });
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  await sendEmail({
    to: email.trim().toLowerCase(),
    subject: `You can now sign in to the ${NEWSROOM_NAME} supporter dashboard`,
    text: `You have been given access to the ${NEWSROOM_NAME} supporter dashboard.\n\nSign in with this address at ${APP_URL}/signin\n`,
    kind: "staff-invite",
  });
  return { ok: true };
}

export async function changeStaffRole(actorUserId: string, userId: string, role: StaffRole): Promise<StaffChange> {
  if (role !== "ADMIN" && (await wouldLeaveNoAdmin(userId))) return { ok: false, message: "The dashboard needs at least one admin. Make someone else an admin first." };
  const prisma = getPrisma();
  const before = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!before) return { ok: false, message: "That member of staff no longer exists." };
  await prisma.user.update({ where: { id: userId }, data: { role } });
  await recordAudit({ actorUserId, action: "staff.role_changed", targetType: "user", targetId: userId, metadata: { from: before.role, to: role } });
  return { ok: true };
}

export async function removeStaff(actorUserId: string, userId: string): Promise<StaffChange> {
  if (await wouldLeaveNoAdmin(userId)) return { ok: false, message: "The dashboard needs at least one admin. Make someone else an admin first." };
  // Sessions and accounts go with the user (cascade), so access ends at once.
  const removed = await getPrisma().user.deleteMany({ where: { id: userId } });
  if (removed.count === 0) return { ok: false, message: "That member of staff no longer exists." };
  await recordAudit({ actorUserId, action: "staff.removed", targetType: "user", targetId: userId });
  return { ok: true };
}
