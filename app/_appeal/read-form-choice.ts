// What the reader has already chosen in the server-rendered appeal form, read from the form itself.
// On a slow link a reader picks a frequency, a preset, a currency or types an amount before the
// scripts arrive; React leaves those values in the page when it hydrates, but its state still
// holds the page's defaults, and the next render would write the defaults back over the choice.
import type { DonationOptions } from "@/lib/donations/donation-options";
import { frequencies, isFrequency, type DonationFrequency } from "@/lib/donations/frequencies";
import { toMinorUnits } from "@/lib/money/to-minor-units";

export type FormChoice = {
  frequency: DonationFrequency;
  currency: string;
  selected: Partial<Record<DonationFrequency, number>>;
  otherAmount: string;
};

function checkedValue(form: HTMLFormElement, name: string): string | null {
  const field = form.elements.namedItem(name);
  return field instanceof RadioNodeList ? field.value || null : null;
}

/**
 * `rendered` is the state the page was rendered with. The preset radios carry amounts in the
 * rendered currency; a reader who switched currency first gets that currency's preselected
 * presets, as the enhanced form does when the currency changes.
 */
export function readFormChoice(form: HTMLFormElement, options: DonationOptions, rendered: FormChoice): FormChoice {
  const frequencyValue = checkedValue(form, "frequency") ?? "";
  const frequency = isFrequency(frequencyValue) ? frequencyValue : rendered.frequency;
  const currencyField = form.elements.namedItem("currency");
  const currencyValue = currencyField instanceof HTMLSelectElement ? currencyField.value : "";
  const currency = options.currencies.some((c) => c.code === currencyValue) ? currencyValue : rendered.currency;
  const otherField = form.elements.namedItem("other_amount");
  const otherAmount = otherField instanceof HTMLInputElement ? otherField.value : rendered.otherAmount;

  const renderedCurrency = options.currencies.find((c) => c.code === rendered.currency);
  const selected: FormChoice["selected"] = {};
  if (currency === rendered.currency && renderedCurrency) {
    for (const f of frequencies) {
      const value = checkedValue(form, `amount_${f}`);
      const minor = value ? toMinorUnits(value, renderedCurrency.decimals) : null;
      if (minor?.ok && renderedCurrency.presets[f].includes(minor.minor)) selected[f] = minor.minor;
      else if (rendered.selected[f] !== undefined) selected[f] = rendered.selected[f];
    }
  }
  return { frequency, currency, selected, otherAmount };
}
