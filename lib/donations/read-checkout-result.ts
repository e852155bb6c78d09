// What the thank-you page may truthfully say: the session as Stripe has it (the query string is only
// an id), and only when it belongs to one of our checkout attempts.
import type Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { isFrequency, type DonationFrequency } from "./frequencies";

export type CheckoutResult =
  | { kind: "paid" | "pending"; sessionId: string; amountMinor: number; currency: string; frequency: DonationFrequency; receiptEmailSent: boolean }
  | { kind: "open" | "expired"; sessionId: string; frequency: DonationFrequency }
  | { kind: "not_found" }
  | { kind: "unavailable" };

const SESSION_ID = /^cs_[A-Za-z0-9_]{4,250}$/;

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "statusCode" in error && error.statusCode === 404;
}

export async function readCheckoutResult(sessionId: string | undefined, deps: { stripe: Stripe; prisma: PrismaClient }): Promise<CheckoutResult> {
  if (!sessionId || !SESSION_ID.test(sessionId)) return { kind: "not_found" };
  let session: Stripe.Checkout.Session;
  try {
    session = await deps.stripe.checkout.sessions.retrieve(sessionId);
  } catch (error) {
    if (isMissing(error)) return { kind: "not_found" };
    logger.warn("checkout session could not be read", { sessionId });
    return { kind: "unavailable" };
  }
  const attemptId = session.client_reference_id;
  if (!attemptId || session.metadata?.attempt_id !== attemptId) return { kind: "not_found" };
  const attempt = await deps.prisma.checkoutAttempt.findUnique({ where: { id: attemptId }, select: { id: true, stripeCheckoutSessionId: true } });
  // A session made by someone else's integration, or for another attempt, is not ours to describe.
  if (!attempt || (attempt.stripeCheckoutSessionId !== null && attempt.stripeCheckoutSessionId !== session.id)) return { kind: "not_found" };

  const metadataFrequency = session.metadata?.frequency ?? "";
  const frequency: DonationFrequency = isFrequency(metadataFrequency) ? metadataFrequency : session.mode === "subscription" ? "monthly" : "once";
  if (session.status === "expired") return { kind: "expired", sessionId: session.id, frequency };
  if (session.status !== "complete") return { kind: "open", sessionId: session.id, frequency };
  return {
    // "unpaid" on a complete session is an asynchronous payment (a bank debit) still on its way.
    kind: session.payment_status === "unpaid" ? "pending" : "paid",
    sessionId: session.id,
    amountMinor: session.amount_total ?? 0,
    currency: session.currency ?? "usd",
    frequency,
    receiptEmailSent: Boolean(session.customer_details?.email),
  };
}
