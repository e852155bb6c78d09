// Saves the receipt settings (admins only, checked by the caller) with an audit entry. Invalid
// input changes nothing and says which field is wrong.
import type { Prisma, PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { RECEIPT_SETTINGS_KEY, receiptSettingsSchema, type ReceiptSettings } from "./receipt-settings-schema";

export type ReceiptSettingsUpdate = { ok: true; settings: ReceiptSettings } | { ok: false; errors: string[] };

const labels: Record<string, string> = { en: "The English legal text", ru: "The Russian legal text", taxReceipts: "The tax receipt switch" };

export async function updateReceiptSettings(input: unknown, actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<ReceiptSettingsUpdate> {
  const parsed = receiptSettingsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${labels[String(issue.path.at(-1))] ?? "The setting"} ${issue.message}.`) };
  }
  const settings = parsed.data;
  const value: Prisma.InputJsonValue = settings;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: RECEIPT_SETTINGS_KEY }, update: { value, updatedBy: actorUserId }, create: { key: RECEIPT_SETTINGS_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: RECEIPT_SETTINGS_KEY, metadata: value } }),
  ]);
  return { ok: true, settings };
}
