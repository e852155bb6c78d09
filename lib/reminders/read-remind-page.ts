// What /remind (behind the appeal's "Remind me later") shows: the snooze length from the appeal
// settings, the months a reader may choose, the choice they came with (kept in the form), and the
// outcome of the last post (?snoozed=, ?error=) sent back here, in the reader's language.
import "server-only";
import { getConfig } from "@/lib/config/env";
import type { Locale } from "@/lib/i18n/locales";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { computeRemindMonth, remindOnDate, remindWhenOptions, selectableMonths, type RemindWhen } from "./compute-remind-month";
import { loadSnoozeDays } from "./load-snooze-days";
import { parseDonationChoice, type DonationChoice } from "./parse-donation-choice";
import { signUpErrorMessages, type SignUpErrorCode } from "./parse-reminder-sign-up";

type SearchParams = Record<string, string | string[] | undefined>;

export type RemindPage = {
  newsroomName: string;
  snoozeDays: number;
  snoozed: boolean;
  /** The last sign-up's error, in words, and whether its code was about the address. */
  error?: string;
  emailMarkedInvalid: boolean;
  when: RemindWhen;
  /** "March 2027" for "next month", as a sign-up now would have it. */
  nextMonth?: string;
  months: { value: string; label: string }[];
  chosenMonth: string | undefined;
  /** The gift the reader came with, in words, and its fields to post again. */
  choice?: string;
  keptFields: { name: "frequency" | "amount" | "currency"; value: string }[];
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

const isSignUpErrorCode = (code: string): code is SignUpErrorCode => Object.hasOwn(signUpErrorMessages, code);

/** "€12.50 a month" in the reader's language; undefined when there is no amount to show. */
function describeChoice(choice: DonationChoice, locale: Locale): string | undefined {
  if (choice.amount === undefined || !choice.currency) return undefined;
  return readerTranslator(locale)(`emails.choice.${choice.frequency ?? "ONCE"}`, { amount: readerFormats(locale).money(choice.amount, choice.currency) });
}

export async function readRemindPage(params: SearchParams, locale: Locale, now = new Date()): Promise<RemindPage> {
  const t = readerTranslator(locale);
  const describeMonth = (month: string) => readerFormats(locale).monthYear(remindOnDate(month));
  const errorCode = one(params.error);
  const nextMonth = computeRemindMonth("next-month", now);
  const months = selectableMonths(now);
  const kept = (["frequency", "amount", "currency"] as const).map((name) => ({ name, value: one(params[name]) }));
  return {
    newsroomName: getConfig().NEWSROOM_NAME,
    snoozeDays: await loadSnoozeDays(),
    snoozed: one(params.snoozed) !== "",
    error: isSignUpErrorCode(errorCode) ? t(`remind.errors.${errorCode}`) : undefined,
    emailMarkedInvalid: errorCode.includes("email"),
    when: remindWhenOptions.find((option) => option === one(params.when)) ?? "next-month",
    nextMonth: nextMonth.ok ? describeMonth(nextMonth.month) : undefined,
    months: months.map((month) => ({ value: month, label: describeMonth(month) })),
    chosenMonth: months.includes(one(params.month)) ? one(params.month) : months[0],
    choice: describeChoice(parseDonationChoice({ frequency: one(params.frequency), amount: one(params.amount), currency: one(params.currency) }), locale),
    keptFields: kept.filter((field) => field.value !== ""),
  };
}
