// The appeal's settings as staff last saved them, or the defaults. Read per request, so the
// appeal follows a change without a redeploy. A stored value that no longer validates (after
// a schema change) falls back to the defaults rather than breaking the appeal.
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../log/logger";
import { APPEAL_SETTINGS_KEY, appealSettingsSchema, defaultAppealSettings, type AppealSettings } from "./appeal-settings-schema";

export async function getAppealSettings(prisma: PrismaClient): Promise<AppealSettings> {
  const row = await prisma.setting.findUnique({ where: { key: APPEAL_SETTINGS_KEY }, select: { value: true } });
  if (!row) return defaultAppealSettings;
  const parsed = appealSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored appeal settings are invalid: using defaults", { issues: parsed.error.issues.length });
  return defaultAppealSettings;
}
