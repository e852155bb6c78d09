// "Email me": the request half of a reminder sign-up. Once the form is checked and the
// per-connection limit spent (sign-up-reminder-form.ts), it queues one job carrying the address
// encrypted, and answers. Storing the pending
// reminder and emailing the confirmation happen in the worker (store-reminder-sign-up.ts), so
// whether a confirmation goes out (a new sign-up, a repeat within a day, an address already
// confirmed) changes neither the answer nor the work done before it.
import type { Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { logger } from "@/lib/log/logger";
import { normaliseEmail } from "@/lib/privacy/email-index";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { signUpErrorMessages, type FieldError, type ReminderSignUp } from "./parse-reminder-sign-up";
import type { ReminderSignUpJob } from "./store-reminder-sign-up";

export type SignUpResult = { ok: true; remindMonth: string } | { ok: false; status: 503; error: FieldError };

/** context.locale: the reader's language (lib/i18n/read-request-locale.ts): the confirmation and the reminder are written in it. */
export async function signUpForReminder(signUp: ReminderSignUp, context: { clientAddressHash: string; locale?: Locale }): Promise<SignUpResult> {
  const { email, remindMonth, choice, source } = signUp;
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
