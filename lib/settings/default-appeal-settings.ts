// The appeal settings before staff have saved any: the environment's offer (CHECKOUT_*, through
// readDonationOptions), the appeal letter in each language's catalogue (messages/<locale>.json) and REMINDER_SNOOZE_DAYS. The settings
// page shows these, and the appeal uses the same sources when no row is stored, so the two agree.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { catalogues } from "@/lib/i18n/catalogues";
import { translatedLocales } from "@/lib/i18n/locales";
import { readDonationOptions } from "@/lib/donations/read-donation-options";
import type { AppealSettings } from "./appeal-settings-schema";

export function defaultAppealSettings(): AppealSettings {
  const options = readDonationOptions();
  const currencies: AppealSettings["currencies"] = {};
  for (const currency of options.currencies) {
    const { once, monthly, annual } = currency.presets;
    currencies[currency.code] = { once: [...once], monthly: [...monthly], annual: [...annual], minimum: currency.minMinor, maximum: currency.maxMinor, feeCover: currency.feeCover };
  }
  return {
    currencies,
    // The appeal falls back to the first configured currency.
    defaultCurrency: options.currencies[0]!.code,
    defaultFrequency: options.defaultFrequency,
    snoozeDays: getConfig().REMINDER_SNOOZE_DAYS,
    appealHeading: catalogues.en.appeal.defaultHeadline,
    appealText: catalogues.en.appeal.defaultLetter,
    appealTranslations: Object.fromEntries(
      translatedLocales.map((locale) => [locale, { heading: catalogues[locale].appeal.defaultHeadline, letter: catalogues[locale].appeal.defaultLetter, safetyNote: catalogues[locale].appeal.defaultSafetyNote }]),
    ),
    safetyNote: catalogues.en.appeal.defaultSafetyNote,
    discreetEmail: true,
  };
}
