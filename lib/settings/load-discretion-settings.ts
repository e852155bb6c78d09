// The discretion settings for checkout, kept in process for a few seconds so a gift does not add
// a query. Saving clears the copy on this instance (update-discretion-settings.ts); other
// instances follow within STORED_SETTINGS_TTL_MS. On globalThis for the same reason as
// load-stored-appeal-settings.ts: Next may load this module once per route bundle.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import type { DiscretionSettings } from "./discretion-settings-schema";
import { getDiscretionSettings } from "./get-discretion-settings";
import { STORED_SETTINGS_TTL_MS } from "./load-stored-appeal-settings";

type Entry = { settings: Promise<DiscretionSettings>; expiresAt: number };
const holder = globalThis as unknown as { discretionSettings?: Entry };

export function loadDiscretionSettings(now: number = Date.now()): Promise<DiscretionSettings> {
  const cached = holder.discretionSettings;
  if (cached && cached.expiresAt > now) return cached.settings;
  const entry: Entry = { settings: getDiscretionSettings(getPrisma()), expiresAt: now + STORED_SETTINGS_TTL_MS };
  holder.discretionSettings = entry;
  entry.settings.catch(() => {
    if (holder.discretionSettings === entry) delete holder.discretionSettings;
  });
  return entry.settings;
}

export function forgetDiscretionSettings(): void {
  delete holder.discretionSettings;
}
