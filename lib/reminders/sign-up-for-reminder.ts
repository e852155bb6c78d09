// "Email me": the request half of a reminder sign-up. It checks the form and the per-connection
// limit, then queues one job carrying the address encrypted, and answers. Storing the pending
// reminder and emailing the confirmation happen in the worker (store-reminder-sign-up.ts), so
// whether a confirmation goes out (a new sign-up, a repeat within a day, an address already
// confirmed) changes neither the answer nor the work done before it.
import type { Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { logger } from "@/lib/log/logger";
import { normaliseEmail } from "@/lib/privacy/email-index";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { limitReminderSignUps, type SignUpAllowance } from "./limit-reminder-sign-ups";
import { parseReminderSignUp, signUpErrorMessages, type FieldError } from "./parse-reminder-sign-up";
import type { ReminderSignUpJob } from "./store-reminder-sign-up";

export type SignUpResult = { ok: true; remindMonth: string } | { ok: false; status: 400 | 429 | 503; error: FieldError };

export type SignUpContext = {
  now: Date;
  clientAddressHash: string;
  /** The reader's language (lib/i18n/read-request-locale.ts): the confirmation and the reminder are written in it. */
  locale?: Locale;
  limit?: (clientAddressHash: string) => Promise<SignUpAllowance>;
};

export async function signUpForReminder(fields: Record<string, string | undefined>, context: SignUpContext): Promise<SignUpResult> {
  const parsed = parseReminderSignUp(fields, context.now);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const allowance = await (context.limit ?? limitReminderSignUps)(context.clientAddressHash);
  if (!allowance.allowed) {
    const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60));
    return { ok: false, status: 429, error: { code: "rate_limited", field: "email", message: `Too many reminder requests from this connection. Please try again in ${minutes} minutes.` } };
  }
  const { email, remindMonth, choice, source } = parsed.signUp;
  const job: ReminderSignUpJob = {
    emailEncrypted: encryptPii(normaliseEmail(email)),
    remindMonth,
    frequency: choice.frequency ?? null,
    amount: choice.amount ?? null,
    currency: choice.currency ?? null,
    source,
    clientAddressHash: context.clientAddressHash,
    ...(context.locale ? { locale: context.locale } : {}),
  };
  try {
    await enqueueJob("reminder-sign-up", job);
  } catch (error) {
    logger.error("reminder sign-up not queued", { error: error instanceof Error ? error.message : String(error) });
    return { ok: false, status: 503, error: { code: "email_failed", field: "email", message: signUpErrorMessages.email_failed } };
  }
  return { ok: true, remindMonth };
}
