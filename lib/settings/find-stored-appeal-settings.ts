// The appeal settings staff last saved, or null when none are stored. A stored value that no
// longer validates (after a schema change) counts as none, so the appeal falls back to the
// environment's offer rather than breaking.
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../log/logger";
import { APPEAL_SETTINGS_KEY, appealSettingsSchema, type AppealSettings } from "./appeal-settings-schema";

export async function findStoredAppealSettings(prisma: PrismaClient): Promise<AppealSettings | null> {
  const row = await prisma.setting.findUnique({ where: { key: APPEAL_SETTINGS_KEY }, select: { value: true } });
  if (!row) return null;
  const parsed = appealSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored appeal settings are invalid: using defaults", { issues: parsed.error.issues.length });
  return null;
}
