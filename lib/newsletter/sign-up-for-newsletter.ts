// The request half of a newsletter sign-up: queues one job with the address encrypted (or the
// gift's Checkout Session id) and the consent as given (time, wording version, language), and
// answers the same whoever the address belongs to. The worker stores it and emails the
// confirmation (store-newsletter-sign-up.ts).
import type { Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { logger } from "@/lib/log/logger";
import { normaliseEmail } from "@/lib/privacy/email-index";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { consentVersion } from "./consent-wording";
import type { NewsletterSignUp } from "./parse-newsletter-sign-up";
import type { NewsletterSignUpJob } from "./store-newsletter-sign-up";

export async function signUpForNewsletter(signUp: NewsletterSignUp, context: { locale: Locale; now: Date }): Promise<{ ok: boolean }> {
  const { address } = signUp;
  const job: NewsletterSignUpJob = {
    emailEncrypted: "email" in address ? encryptPii(normaliseEmail(address.email)) : null,
    checkoutSessionId: "checkoutSessionId" in address ? address.checkoutSessionId : null,
    source: signUp.source,
    locale: context.locale,
    consentVersion: consentVersion(context.locale),
    consentedAt: context.now.toISOString(),
  };
  try {
    await enqueueJob("newsletter-sign-up", job);
    return { ok: true };
  } catch (error) {
    logger.error("newsletter sign-up not queued", { error: error instanceof Error ? error.message : String(error) });
    return { ok: false };
  }
}
