// The appeal's offer for every reader of it (the appeal pages, checkout's validation, the
// thank-you page): from the settings staff saved when there are any, else from the environment
// (read-donation-options.ts). The stored settings are kept for a few seconds in process.
import "server-only";
import { logger } from "@/lib/log/logger";
import { loadStoredAppealSettings } from "@/lib/settings/load-stored-appeal-settings";
import { buildDonationOptionsFromSettings } from "./build-donation-options-from-settings";
import type { DonationOptions } from "./donation-options";
import { readDonationOptions } from "./read-donation-options";

export async function loadDonationOptions(): Promise<DonationOptions> {
  const stored = await loadStoredAppealSettings();
  if (!stored) return readDonationOptions();
  const options = buildDonationOptionsFromSettings(stored);
  if (options) return options;
  logger.warn("stored appeal settings offer no supported currency: using the environment's", { currencies: Object.keys(stored.currencies).join(",") });
  return readDonationOptions();
}
