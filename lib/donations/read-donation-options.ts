// The appeal's options from the settings (lib/config/env.ts).
import "server-only";
import { getConfig } from "@/lib/config/env";
import { getDonationOptions, type DonationOptions } from "./donation-options";

let cached: DonationOptions | undefined;

export function readDonationOptions(): DonationOptions {
  const config = getConfig();
  cached ??= getDonationOptions({
    currencies: config.CHECKOUT_CURRENCIES,
    defaultFrequency: config.CHECKOUT_DEFAULT_FREQUENCY,
    minAmount: config.CHECKOUT_MIN_AMOUNT,
    maxAmount: config.CHECKOUT_MAX_AMOUNT,
  });
  return cached;
}
