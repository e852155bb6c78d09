// How long "Snooze" steps the appeal back: the settings staff saved, else REMINDER_SNOOZE_DAYS.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { loadStoredAppealSettings } from "@/lib/settings/load-stored-appeal-settings";

export async function loadSnoozeDays(): Promise<number> {
  const stored = await loadStoredAppealSettings();
  return stored?.snoozeDays ?? getConfig().REMINDER_SNOOZE_DAYS;
}
