// The discretion settings for checkout, kept in process for a few seconds so a gift does not add
// a query. Saving clears the copy on this instance (update-discretion-settings.ts); other
// instances follow within STORED_SETTINGS_TTL_MS.
import "server-only";
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getPrisma } from "@/lib/db/prisma";
import type { DiscretionSettings } from "./discretion-settings-schema";
import { getDiscretionSettings } from "./get-discretion-settings";
import { STORED_SETTINGS_TTL_MS } from "./load-stored-appeal-settings";

const stored = createSharedRead("discretionSettings", STORED_SETTINGS_TTL_MS, () => getDiscretionSettings(getPrisma()));

export function loadDiscretionSettings(now: number = Date.now()): Promise<DiscretionSettings> {
  return stored.load(now);
}

export function forgetDiscretionSettings(): void {
  stored.forget();
}
