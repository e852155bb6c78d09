// POST /api/checkout's decision, from the request's fields and headers to an outcome the form
// (start-checkout-form.ts) shapes into JSON or a redirect: refuse bots (honeypot, CAPTCHA; the
// rate limit is spent before, by handle-public-form.ts), validate, then create the Checkout Session.
import "server-only";
import type Stripe from "stripe";
import { getConfig } from "@/lib/config/env";
import { getPgPool } from "@/lib/db/pg-pool";
import { logger } from "@/lib/log/logger";
import { verifyCaptcha } from "@/lib/security/verify-captcha";
import { CheckoutUnavailableError, createCheckoutSession } from "./create-checkout-session";
import { parseCheckoutRequest, type CheckoutRequestError } from "./parse-checkout-request";
import { loadDonationOptions } from "./load-donation-options";
import type { Locale } from "@/lib/i18n/locales";
import type { Attribution } from "@/lib/embed/attribution";

export const HONEYPOT_FIELD = "website";

export type CheckoutOutcome = { kind: "created"; url: string; attemptId: string } | { kind: "invalid"; error: CheckoutRequestError } | { kind: "refused"; code: "captcha_failed" | "rejected" } | { kind: "unavailable" };

/** locale: the reader's language (lib/i18n/read-request-locale.ts): the words of any refusal, and Stripe Checkout's language. */
export async function startCheckout(
  fields: Record<string, unknown>,
  { clientAddressHash, locale, attribution }: { clientAddressHash: string; locale: Locale; attribution?: Attribution },
  stripe: () => Stripe,
): Promise<CheckoutOutcome> {
  const config = getConfig();
  const honeypot = fields[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { kind: "refused", code: "rejected" };
  if ((await verifyCaptcha(fields)) === "failed") return { kind: "refused", code: "captcha_failed" };

  let options;
  try {
    // The same offer the appeal shows, so the bounds and currencies agree with the page.
    options = await loadDonationOptions();
  } catch (error) {
    logger.error("appeal settings unavailable for checkout", { error: error instanceof Error ? error.name : "unknown" });
    return { kind: "unavailable" };
  }
  const parsed = parseCheckoutRequest(fields, options, locale);
  if (!parsed.ok) return { kind: "invalid", error: parsed.error };
  try {
    const created = await createCheckoutSession(parsed.value, {
      stripe: stripe(),
      pool: getPgPool(),
      appUrl: config.APP_URL,
      newsroomName: config.NEWSROOM_NAME,
      locale,
      clientAddressHash,
      attribution,
    });
    return { kind: "created", url: created.url, attemptId: created.attemptId };
  } catch (error) {
    if (!(error instanceof CheckoutUnavailableError)) logger.error("checkout attempt could not be recorded", { error: error instanceof Error ? error.name : "unknown" });
    return { kind: "unavailable" };
  }
}
