// The audit log for admins, newest first, keyset-paged on (createdAt, id).
import "server-only";
import { getPrisma } from "../db/prisma";
import { decodeCursor, encodeCursor } from "../supporters/keyset-cursor";

export type AuditRow = { id: string; createdAt: Date; action: string; actorEmail: string | null; targetType: string | null; targetId: string | null; metadata: unknown };

export async function listAuditLog(cursor?: string, pageSize = 100): Promise<{ entries: AuditRow[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const rows = await getPrisma().auditLog.findMany({
    where: after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, metadata: true, actor: { select: { email: true } } },
  });
  const entries = rows.slice(0, pageSize).map(({ actor, ...row }) => ({ ...row, actorEmail: actor?.email ?? null }));
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > pageSize && last ? encodeCursor(last.createdAt, last.id) : null };
}
