// "Email me" (POST /api/reminders/sign-up, from /remind and the thank-you page's give-again offer)
// as a public form (lib/http/handle-public-form.ts). A browser's post answers 303 to "check your
// inbox", or back to /remind with the error and the reader's choices; JSON answers 200
// {"remindMonth"} or 4xx/503 {"error": {code, message, field}}, the message in the reader's
// language (by its code, from the catalogues). Only a valid sign-up spends from the connection's
// budget. The embedded appeal's inline sign-up (lib/embed/embed-reminder-sign-up-form.ts) is the
// same form with its own pages to answer with.
import "server-only";
import { z } from "zod";
import { anyFields, textFields } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import type { Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { signUpForNewsletter } from "@/lib/newsletter/sign-up-for-newsletter";
import { parseReminderSignUp, signUpErrorMessages, type FieldError, type ReminderSignUp, type SignUpErrorCode } from "./parse-reminder-sign-up";
import { signUpForReminder } from "./sign-up-for-reminder";

type SignUpInput = { signUp: ReminderSignUp; fields: Record<string, string> };

const keptFields = ["when", "month", "frequency", "amount", "currency", "source"] as const;

const isSignUpErrorCode = (code: unknown): code is SignUpErrorCode => typeof code === "string" && Object.hasOwn(signUpErrorMessages, code);

const schema = anyFields.transform((raw, context): SignUpInput => {
  const fields = textFields(raw);
  const parsed = parseReminderSignUp(fields, new Date());
  if (parsed.ok) return { signUp: parsed.signUp, fields };
  context.addIssue({ code: "custom", message: parsed.error.message, path: [parsed.error.field], params: { code: parsed.error.code } });
  return z.NEVER;
});

/** Where a browser goes after a sign-up: back to the form with the error and the reader's choices (never the address), or on once it is queued. */
export type SignUpPages = {
  refusedTo: (code: SignUpErrorCode, fields: Record<string, string>) => string;
  signedUpTo: (remindMonth: string, fields: Record<string, string>) => string;
  /** Runs once a sign-up is queued, before the answer (the embed counts it). */
  signedUp?: (fields: Record<string, string>, now: Date) => Promise<void>;
};

const remindPages: SignUpPages = {
  refusedTo: (code, fields) => {
    const back = new URLSearchParams({ error: code });
    for (const key of keptFields) if (fields[key]) back.set(key, fields[key]);
    return `/remind?${back.toString()}#email-me`;
  },
  signedUpTo: (remindMonth) => `/remind/check-your-email?month=${remindMonth}`,
};

/** The error as JSON in the reader's language, or the pages' way back to the form. */
function refuse(pages: SignUpPages, status: number, error: FieldError, fields: Record<string, string>, locale: Locale, minutes?: number): FormReply {
  const t = readerTranslator(locale);
  const message = minutes === undefined ? t(`remind.errors.${error.code}`) : t("remind.errors.rateLimitedMinutes", { minutes });
  return { status, json: { error: { ...error, message } }, redirectTo: pages.refusedTo(error.code, fields) };
}

function fieldErrorOf(error: z.ZodError): FieldError {
  const issue = error.issues[0];
  const code = issue?.code === "custom" ? issue.params?.code : undefined;
  return isSignUpErrorCode(code) ? { code, field: String(issue?.path[0] ?? "email"), message: issue!.message } : { code: "invalid_email", field: "email", message: signUpErrorMessages.invalid_email };
}

export function reminderSignUpForm(pages: SignUpPages): PublicForm<SignUpInput> {
  return {
    schema,
    invalid: (error, fields, headers) => refuse(pages, 400, fieldErrorOf(error), textFields(fields), readRequestLocale(headers, fields.lang)),
    rateLimit: {
      spends: (_input, { clientAddressHash }) => [{ name: "reminder-sign-up", key: clientAddressHash }],
      refused: (retryAfterSeconds, { fields }, { headers }) => {
        const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
        return refuse(pages, 429, { code: "rate_limited", field: "email", message: signUpErrorMessages.rate_limited }, fields, readRequestLocale(headers, fields.lang), minutes);
      },
    },
    async submit({ signUp, fields }, { clientAddressHash, headers, now }) {
      // The emails are written in the reader's language: the switch's cookie, the form's `lang`, Accept-Language.
      const locale = readRequestLocale(headers, fields.lang);
      const result = await signUpForReminder(signUp, { clientAddressHash, locale });
      if (!result.ok) return refuse(pages, result.status, result.error, fields, locale);
      // "Send me the weekly newsletter", ticked beside the reminder: its own double opt-in.
      if (fields.newsletter === "on") await signUpForNewsletter({ address: { email: signUp.email }, source: "remind" }, { locale, now });
      await pages.signedUp?.(fields, now);
      return { status: 200, json: { remindMonth: result.remindMonth }, redirectTo: pages.signedUpTo(result.remindMonth, fields) };
    },
  };
}

export const signUpReminderForm = reminderSignUpForm(remindPages);
