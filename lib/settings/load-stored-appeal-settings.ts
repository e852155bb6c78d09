// The stored appeal settings for the appeal, checkout, thank-you and snooze, kept in process for a
// few seconds so checkout does not add a query per request. Saving clears it on this instance
// (update-appeal-settings.ts); other instances follow within STORED_SETTINGS_TTL_MS.
import "server-only";
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getPrisma } from "@/lib/db/prisma";
import type { AppealSettings } from "./appeal-settings-schema";
import { findStoredAppealSettings } from "./find-stored-appeal-settings";

export const STORED_SETTINGS_TTL_MS = 5_000;

const stored = createSharedRead("storedAppealSettings", STORED_SETTINGS_TTL_MS, () => findStoredAppealSettings(getPrisma()));

export function loadStoredAppealSettings(now: number = Date.now()): Promise<AppealSettings | null> {
  return stored.load(now);
}

export function forgetStoredAppealSettings(): void {
  stored.forget();
}
