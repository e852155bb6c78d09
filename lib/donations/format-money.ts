// Money for people: integer minor units plus currency, formatted with Intl at the edge.
import { supportedCurrencies } from "./supported-currencies";

export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const decimals = supportedCurrencies[currency.toLowerCase()]?.decimals ?? 2;
  const major = minor / 10 ** decimals;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: Number.isInteger(major) ? 0 : decimals,
    maximumFractionDigits: decimals,
  }).format(major);
}
