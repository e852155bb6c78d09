// Who did what to which record, for the audit log page. Metadata carries ids and counts,
// never a supporter's email or name.
import "server-only";
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";

export type AuditAction =
  | "staff.sign_in"
  | "staff.sign_out"
  | "staff.invited"
  | "staff.role_changed"
  | "staff.removed"
  | "staff.admin_bootstrapped"
  | "supporter.viewed"
  | "supporter.searched"
  | "export.supporters"
  | "export.donations"
  | "settings.updated"
  | "receipt.resent"
  | "statement.downloaded"
  | "supporter.gift_changed"
  | "supporter.gift_change_refused"
  | "export.newsletter";

export type AuditEntry = {
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
};

export async function recordAudit(entry: AuditEntry): Promise<void> {
  await getPrisma().auditLog.create({
    data: {
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      metadata: entry.metadata,
    },
  });
}
