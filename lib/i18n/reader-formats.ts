// Money and dates for readers, through Intl in the reader's language. Money stays integer minor
// units until here (lib/money/format-money.ts does the arithmetic). Safe for client code.
import { formatMoney } from "@/lib/money/format-money";
import { knownLocale, type Locale } from "./locales";

/** Money as "$5", "£5", "5 $"; dates as "12 March" in English, "12 марта" in Russian. */
const moneyLocale: Record<Locale, string> = { en: "en", ru: "ru-RU" };
const dateLocale: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

export function readerFormats(locale: string | null | undefined) {
  const known = knownLocale(locale);
  return {
    money: (minor: number, currency: string) => formatMoney(minor, currency, { locale: moneyLocale[known], trimZeroDecimals: true }),
    /** Always with the currency's decimals ("€5.00"), for columns of figures such as a statement's. */
    exactMoney: (minor: number, currency: string) => formatMoney(minor, currency, { locale: moneyLocale[known] }),
    dayMonth: (date: Date) => new Intl.DateTimeFormat(dateLocale[known], { day: "numeric", month: "long", timeZone: "UTC" }).format(date),
    /** A plain number ("2.9", "2,9"), up to two decimals. */
    number: (value: number) => new Intl.NumberFormat(moneyLocale[known], { maximumFractionDigits: 2 }).format(value),
    fullDate: (date: Date) => new Intl.DateTimeFormat(dateLocale[known], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date),
    monthYear: (date: Date) => new Intl.DateTimeFormat(dateLocale[known], { month: "long", year: "numeric", timeZone: "UTC" }).format(date),
  };
}
