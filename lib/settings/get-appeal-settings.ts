// The appeal's settings as staff last saved them, or the defaults (default-appeal-settings.ts),
// read fresh for the settings page. The appeal and checkout read them through
// load-stored-appeal-settings.ts, which keeps them for a few seconds.
import type { PrismaClient } from "../db/generated/client";
import type { AppealSettings } from "./appeal-settings-schema";
import { defaultAppealSettings } from "./default-appeal-settings";
import { findStoredAppealSettings } from "./find-stored-appeal-settings";

export async function getAppealSettings(prisma: PrismaClient): Promise<AppealSettings> {
  return (await findStoredAppealSettings(prisma)) ?? defaultAppealSettings();
}
