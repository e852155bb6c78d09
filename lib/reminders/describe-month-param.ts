// A month from a page's query string (?month=, ?confirmed=), in words in the reader's language
// ("March 2027", "март 2027 г."), or undefined when it is not a "YYYY-MM" month: the pages after a
// sign-up and a confirmation show it.
import { readerFormats } from "@/lib/i18n/reader-formats";
import { remindOnDate } from "./compute-remind-month";

export function describeMonthParam(value: string | string[] | undefined, locale: string): string | undefined {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? readerFormats(locale).monthYear(remindOnDate(value)) : undefined;
}
