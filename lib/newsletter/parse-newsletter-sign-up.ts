// The newsletter sign-up's fields, checked. The consent checkbox must be ticked (it is never
// pre-ticked): without it nothing is queued or stored. On the thank-you page the address may be
// left empty, and the gift's own is used (its Checkout Session id comes with the form).
import { z } from "zod";

export const newsletterSources = ["newsletter-page", "thank-you", "remind"] as const;
export type NewsletterSource = (typeof newsletterSources)[number];

export const newsletterErrorCodes = ["missing_consent", "missing_email", "invalid_email", "rate_limited", "queue_failed"] as const;
export type NewsletterErrorCode = (typeof newsletterErrorCodes)[number];

/** Where the address comes from: typed, or the gift's (read by the worker, never shown on the page). */
export type NewsletterAddress = { email: string } | { checkoutSessionId: string };
export type NewsletterSignUp = { address: NewsletterAddress; source: NewsletterSource };
export type ParsedNewsletterSignUp = { ok: true; signUp: NewsletterSignUp } | { ok: false; code: NewsletterErrorCode; field: string };

const emailSchema = z.email().max(254);
const checkoutSessionId = /^cs_[A-Za-z0-9_]{8,200}$/;

export function parseNewsletterSignUp(fields: Record<string, string | undefined>): ParsedNewsletterSignUp {
  if (fields.consent !== "on" && fields.consent !== "true") return { ok: false, code: "missing_consent", field: "consent" };
  const source = newsletterSources.find((s) => s === fields.source) ?? "newsletter-page";
  const email = (fields.email ?? "").trim();
  if (!email) {
    const sessionId = fields.session_id ?? "";
    if (source === "thank-you" && checkoutSessionId.test(sessionId)) return { ok: true, signUp: { address: { checkoutSessionId: sessionId }, source } };
    return { ok: false, code: "missing_email", field: "email" };
  }
  if (!emailSchema.safeParse(email).success) return { ok: false, code: "invalid_email", field: "email" };
  return { ok: true, signUp: { address: { email }, source } };
}
