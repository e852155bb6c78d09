// A month from a page's query string (?month=, ?confirmed=), in words ("March 2027"), or undefined
// when it is not a "YYYY-MM" month: the pages after a sign-up and a confirmation show it.
import { describeMonth } from "./compute-remind-month";

export function describeMonthParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? describeMonth(value) : undefined;
}
