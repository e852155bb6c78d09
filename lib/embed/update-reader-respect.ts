// Saves the reader's respect (admins only, checked by the caller) with an audit entry: the thank-you
// period per frequency and the banner's weekly cap of views. Bad input changes nothing and says why.
// The values reach readers through the proxy's cached copy (load-embed-settings.ts): forgotten here
// on save, other instances within EMBED_SETTINGS_TTL_MS. A thank-you period already written into a
// reader's cookie keeps the length it had at the gift.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/prisma";
import { READER_RESPECT_KEY, readerRespectSchema, type ReaderRespect } from "./embed-settings-schema";
import { forgetEmbedSettings } from "./load-embed-settings";

export type ReaderRespectUpdate = { ok: true; respect: ReaderRespect } | { ok: false; errors: string[] };

export async function updateReaderRespect(input: unknown, actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<ReaderRespectUpdate> {
  const parsed = readerRespectSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
  const value = parsed.data as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: READER_RESPECT_KEY }, update: { value, updatedBy: actorUserId }, create: { key: READER_RESPECT_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: READER_RESPECT_KEY, metadata: value } }),
  ]);
  forgetEmbedSettings();
  return { ok: true, respect: parsed.data };
}
