// The discretion settings staff last saved, or the defaults (discreet, with a neutral word). A
// stored value that no longer validates counts as none: the defaults are the discreet choice.
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { defaultDiscretionSettings, DISCRETION_SETTINGS_KEY, discretionSettingsSchema, type DiscretionSettings } from "./discretion-settings-schema";

export async function getDiscretionSettings(prisma: PrismaClient = getPrisma()): Promise<DiscretionSettings> {
  const row = await prisma.setting.findUnique({ where: { key: DISCRETION_SETTINGS_KEY }, select: { value: true } });
  if (!row) return defaultDiscretionSettings;
  const parsed = discretionSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored discretion settings are invalid: using the discreet defaults", { issues: parsed.error.issues.length });
  return defaultDiscretionSettings;
}
