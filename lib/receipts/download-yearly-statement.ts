// Staff download a supporter's yearly statement from the dashboard (the same PDF the supporter
// gets on their own page), in the language chosen; each download is recorded in the audit log.
// A year outside 2000-2100 or a language we do not have is refused before anything is read.
import "server-only";
import { z } from "zod";
import { getPrisma } from "../db/prisma";
import { locales } from "../i18n/locales";
import { buildYearlyStatement } from "./build-yearly-statement";

export const statementRequest = z.object({ year: z.coerce.number().int().min(2000).max(2100), lang: z.enum(locales) });

export type StatementDownload = { ok: true; filename: string; bytes: Uint8Array } | { ok: false; error: "bad-request" | "not-found" };

export async function downloadYearlyStatement(actorUserId: string, supporterId: string, query: { year: unknown; lang: unknown }): Promise<StatementDownload> {
  const parsed = statementRequest.safeParse(query);
  if (!parsed.success) return { ok: false, error: "bad-request" };
  const { year, lang } = parsed.data;
  const prisma = getPrisma();
  const supporter = await prisma.supporter.findUnique({ where: { id: supporterId }, select: { id: true } });
  if (!supporter) return { ok: false, error: "not-found" };
  const bytes = await buildYearlyStatement(prisma, supporter.id, year, lang);
  await prisma.auditLog.create({ data: { actorUserId, action: "statement.downloaded", targetType: "supporter", targetId: supporter.id, metadata: { year, lang } } });
  return { ok: true, filename: `statement-${year}-${lang}.pdf`, bytes };
}
