// The sign-up form's fields, checked. Errors name the field and say what to do.
import { z } from "zod";
import { computeRemindMonth, remindWhenOptions } from "./compute-remind-month";
import { parseDonationChoice, type DonationChoice } from "./parse-donation-choice";

export const reminderSources = ["appeal", "thank-you"] as const;

export type ReminderSignUp = { email: string; remindMonth: string; choice: DonationChoice; source: (typeof reminderSources)[number] };
export type FieldError = { code: string; field: string; message: string };
export type ParsedSignUp = { ok: true; signUp: ReminderSignUp } | { ok: false; error: FieldError };

const emailSchema = z.email().max(254);

export function parseReminderSignUp(fields: Record<string, string | undefined>, now: Date): ParsedSignUp {
  const email = (fields.email ?? "").trim();
  if (!email) return { ok: false, error: { code: "missing_email", field: "email", message: "Enter the email address we should write to." } };
  if (!emailSchema.safeParse(email).success) {
    return { ok: false, error: { code: "invalid_email", field: "email", message: "That email address does not look right. Check it and try again." } };
  }
  const when = remindWhenOptions.find((option) => option === fields.when);
  if (!when) return { ok: false, error: { code: "missing_when", field: "when", message: "Choose when you would like your reminder." } };
  const month = computeRemindMonth(when, now, fields.month);
  if (!month.ok) return { ok: false, error: { code: "invalid_month", field: "month", message: month.message } };
  const source = reminderSources.find((s) => s === fields.source) ?? "appeal";
  const choice = parseDonationChoice({ frequency: fields.frequency, amount: fields.amount, currency: fields.currency });
  return { ok: true, signUp: { email, remindMonth: month.month, choice, source } };
}
