// Turns the settings form (amounts typed in major units, "5, 10, 25") into the settings shape.
// Anything unreadable becomes a value the schema refuses, so the admin gets a message for it.
import { translatedLocales } from "../i18n/locales";
import { percentToBasisPoints } from "../donations/fee-cover";
import { decimalToMinor } from "../money/decimal-to-minor";

const amounts = (text: FormDataEntryValue | null, currency: string) =>
  String(text ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => decimalToMinor(part, currency) ?? Number.NaN);

/** Both fields empty: fee cover not offered for the currency. */
function feeCover(percent: FormDataEntryValue | null, fixed: FormDataEntryValue | null, currency: string) {
  const [p, f] = [String(percent ?? "").trim(), String(fixed ?? "").trim()];
  if (!p && !f) return null;
  return { basisPoints: percentToBasisPoints(p || "0") ?? Number.NaN, fixed: decimalToMinor(f || "0", currency) ?? Number.NaN };
}

export function readAppealSettingsForm(form: FormData): unknown {
  const codes = form.getAll("currency").map(String);
  const added = String(form.get("addCurrency") ?? "")
    .trim()
    .toLowerCase();
  const currencies: Record<string, unknown> = {};
  for (const code of codes) {
    if (form.get(`remove.${code}`) === "on") continue;
    currencies[code] = {
      once: amounts(form.get(`once.${code}`), code),
      monthly: amounts(form.get(`monthly.${code}`), code),
      annual: amounts(form.get(`annual.${code}`), code),
      minimum: decimalToMinor(String(form.get(`minimum.${code}`) ?? ""), code) ?? Number.NaN,
      maximum: decimalToMinor(String(form.get(`maximum.${code}`) ?? ""), code) ?? Number.NaN,
      // A form without the fee columns (a page opened before they existed) leaves the default rule.
      ...(form.has(`feePercent.${code}`) ? { feeCover: feeCover(form.get(`feePercent.${code}`), form.get(`feeFixed.${code}`), code) } : {}),
    };
  }
  if (/^[a-z]{3}$/.test(added) && !(added in currencies) && currencies[codes[0] ?? ""]) currencies[added] = currencies[codes[0]!];
  return {
    currencies,
    defaultCurrency: String(form.get("defaultCurrency") ?? ""),
    defaultFrequency: String(form.get("defaultFrequency") ?? ""),
    snoozeDays: Number(form.get("snoozeDays")),
    appealHeading: String(form.get("appealHeading") ?? ""),
    appealText: String(form.get("appealText") ?? ""),
    appealTranslations: Object.fromEntries(
      translatedLocales.map((locale) => [
        locale,
        { heading: String(form.get(`translation.${locale}.heading`) ?? ""), letter: String(form.get(`translation.${locale}.letter`) ?? ""), safetyNote: String(form.get(`translation.${locale}.safetyNote`) ?? "") },
      ]),
    ),
    safetyNote: String(form.get("safetyNote") ?? ""),
    // An unticked box sends nothing: the hidden marker tells "off" from "not on this form" (which keeps the default, on).
    discreetEmail: form.has("discreetEmail.shown") ? form.get("discreetEmail") === "on" : undefined,
  };
}
