// The sign-up form's fields, checked. Errors name the field and say what to do.
import { z } from "zod";
import { computeRemindMonth, remindWhenOptions } from "./compute-remind-month";
import { parseDonationChoice, type DonationChoice } from "./parse-donation-choice";

export const reminderSources = ["appeal", "thank-you"] as const;

export type ReminderSignUp = { email: string; remindMonth: string; choice: DonationChoice; source: (typeof reminderSources)[number] };
export const signUpErrorMessages = {
  missing_email: "Enter the email address we should write to.",
  invalid_email: "That email address does not look right. Check it and try again.",
  missing_when: "Choose when you would like your reminder.",
  invalid_month: "Choose a month from next month up to 12 months ahead.",
  rate_limited: "Too many reminder requests from this connection. Please try again in an hour.",
  email_failed: "We could not send the confirmation email just now. Please try again in a few minutes.",
} as const;
export type SignUpErrorCode = keyof typeof signUpErrorMessages;
export type FieldError = { code: SignUpErrorCode; field: string; message: string };
export type ParsedSignUp = { ok: true; signUp: ReminderSignUp } | { ok: false; error: FieldError };

const emailSchema = z.email().max(254);

export function parseReminderSignUp(fields: Record<string, string | undefined>, now: Date): ParsedSignUp {
  const email = (fields.email ?? "").trim();
  if (!email) return { ok: false, error: { code: "missing_email", field: "email", message: signUpErrorMessages.missing_email } };
  if (!emailSchema.safeParse(email).success) {
    return { ok: false, error: { code: "invalid_email", field: "email", message: signUpErrorMessages.invalid_email } };
  }
  const when = remindWhenOptions.find((option) => option === fields.when);
  if (!when) return { ok: false, error: { code: "missing_when", field: "when", message: signUpErrorMessages.missing_when } };
  const month = computeRemindMonth(when, now, fields.month);
  if (!month.ok) return { ok: false, error: { code: "invalid_month", field: "month", message: month.message } };
  const source = reminderSources.find((s) => s === fields.source) ?? "appeal";
  const choice = parseDonationChoice({ frequency: fields.frequency, amount: fields.amount, currency: fields.currency });
  return { ok: true, signUp: { email, remindMonth: month.month, choice, source } };
}
