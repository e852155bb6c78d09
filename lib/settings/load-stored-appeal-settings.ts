// The stored appeal settings for the appeal, checkout, thank-you and snooze, kept in process for a
// few seconds so checkout does not add a query per request. Saving clears it on this instance
// (update-appeal-settings.ts); other instances follow within TTL_MS. On globalThis because Next
// may load this module once per route bundle, and the save must clear the copy checkout reads.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import type { AppealSettings } from "./appeal-settings-schema";
import { findStoredAppealSettings } from "./find-stored-appeal-settings";

export const STORED_SETTINGS_TTL_MS = 5_000;

type Entry = { settings: Promise<AppealSettings | null>; expiresAt: number };
const holder = globalThis as unknown as { storedAppealSettings?: Entry };

export function loadStoredAppealSettings(now: number = Date.now()): Promise<AppealSettings | null> {
  const cached = holder.storedAppealSettings;
  if (cached && cached.expiresAt > now) return cached.settings;
  const entry: Entry = { settings: findStoredAppealSettings(getPrisma()), expiresAt: now + STORED_SETTINGS_TTL_MS };
  holder.storedAppealSettings = entry;
  // A failed read is not kept: the next request tries again.
  entry.settings.catch(() => {
    if (holder.storedAppealSettings === entry) delete holder.storedAppealSettings;
  });
  return entry.settings;
}

export function forgetStoredAppealSettings(): void {
  delete holder.storedAppealSettings;
}
