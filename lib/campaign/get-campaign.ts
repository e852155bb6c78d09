// The campaign staff last set, or null (none set, or a stored value that no longer validates).
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { CAMPAIGN_SETTING_KEY, campaignSchema, type Campaign } from "./campaign";

export async function getCampaign(prisma: PrismaClient = getPrisma()): Promise<Campaign | null> {
  const row = await prisma.setting.findUnique({ where: { key: CAMPAIGN_SETTING_KEY }, select: { value: true } });
  if (!row) return null;
  const parsed = campaignSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored campaign is invalid: showing none", { issues: parsed.error.issues.length });
  return null;
}
