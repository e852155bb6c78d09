// The receipt settings staff last saved, or the defaults (no legal text, not tax receipts). A
// stored value that no longer validates counts as none: "not a tax receipt" is the safe claim.
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { defaultReceiptSettings, RECEIPT_SETTINGS_KEY, receiptSettingsSchema, type ReceiptSettings } from "./receipt-settings-schema";

export async function getReceiptSettings(prisma: PrismaClient = getPrisma()): Promise<ReceiptSettings> {
  const row = await prisma.setting.findUnique({ where: { key: RECEIPT_SETTINGS_KEY }, select: { value: true } });
  if (!row) return defaultReceiptSettings;
  const parsed = receiptSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored receipt settings are invalid: using the defaults", { issues: parsed.error.issues.length });
  return defaultReceiptSettings;
}
