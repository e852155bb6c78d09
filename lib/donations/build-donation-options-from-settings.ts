// The appeal's offer from the settings staff saved: presets per currency and frequency, bounds no
// lower than Stripe's minimum charge, only the currencies this code can take, and the default
// currency first (the appeal falls back to the first currency). Pure, like getDonationOptions.
import type { AppealSettings } from "@/lib/settings/appeal-settings-schema";
import { preselectPreset, type CurrencyOptions, type DonationOptions } from "./donation-options";
import { defaultFeeCoverRule } from "./fee-cover";
import { perFrequency } from "./frequencies";
import { supportedCurrencies } from "@/lib/money/supported-currencies";

/** Null when none of the saved currencies is one the code supports. */
export function buildDonationOptionsFromSettings(settings: AppealSettings): DonationOptions | null {
  const codes = Object.keys(settings.currencies).sort((a, b) => Number(b === settings.defaultCurrency) - Number(a === settings.defaultCurrency));
  const currencies: CurrencyOptions[] = [];
  for (const code of codes) {
    const rule = supportedCurrencies[code];
    const saved = settings.currencies[code];
    if (!rule || !saved) continue;
    const minMinor = Math.max(saved.minimum, rule.stripeMinimumMinor);
    const maxMinor = Math.max(saved.maximum, minMinor);
    const presets = perFrequency((frequency) => {
      const inBounds = [...new Set(saved[frequency])].filter((minor) => minor >= minMinor && minor <= maxMinor).sort((a, b) => a - b);
      return inBounds.length > 0 ? inBounds : [minMinor];
    });
    const preselected = perFrequency((frequency) => preselectPreset(presets[frequency]));
    // Settings saved before fee cover existed have none: the default applies until staff set theirs (null: off).
    const feeCover = saved.feeCover === undefined ? defaultFeeCoverRule(code) : saved.feeCover;
    currencies.push({ code, decimals: rule.decimals, minMinor, maxMinor, presets, preselected, feeCover });
  }
  return currencies.length > 0 ? { defaultFrequency: settings.defaultFrequency, currencies } : null;
}
