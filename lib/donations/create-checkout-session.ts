// Turns a valid checkout request into a Stripe Checkout Session: records the CheckoutAttempt first,
// then creates the session with an Idempotency-Key derived from the attempt, so a double click, a
// refresh or a retried request makes one session. Never called inside a database transaction.
import type Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { buildAppealUrl } from "./build-appeal-url";
import { frequencyToDatabase, type DonationFrequency } from "./frequencies";
import type { CheckoutRequest } from "./parse-checkout-request";
import { supportedCurrencies } from "./supported-currencies";
import { fromMinorUnits } from "./to-minor-units";

export type CheckoutContext = {
  stripe: Stripe;
  prisma: PrismaClient;
  appUrl: string;
  newsroomName: string;
  locale: string;
  clientAddressHash: string;
};

export type CreatedCheckout = { attemptId: string; sessionId: string; url: string };

export class CheckoutUnavailableError extends Error {}

type Attempt = { id: string; frequency: DonationFrequency; amount: number; currency: string; source: string | null; locale: string | null };

const productNames: Record<DonationFrequency, string> = { once: "one-time support", monthly: "monthly support", annual: "annual support" };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

async function recordAttempt(request: CheckoutRequest, context: CheckoutContext): Promise<Attempt> {
  const data = {
    frequency: frequencyToDatabase[request.frequency],
    amount: request.amountMinor,
    currency: request.currency,
    source: request.source,
    locale: context.locale,
    clientAddressHash: context.clientAddressHash,
  };
  const asAttempt = (row: { id: string }): Attempt => ({ id: row.id, frequency: request.frequency, amount: data.amount, currency: data.currency, source: data.source, locale: data.locale });
  // `select: { id }`: this is the hot path of checkout creation, and returning every column costs.
  if (request.attemptKey) {
    try {
      return asAttempt(await context.prisma.checkoutAttempt.create({ data: { id: request.attemptKey, ...data }, select: { id: true } }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await context.prisma.checkoutAttempt.findUnique({
        where: { id: request.attemptKey },
        select: { id: true, status: true, frequency: true, amount: true, currency: true, source: true },
      });
      // The same form sent again: reuse its attempt (and so its session). A changed choice is a new attempt.
      if (existing && existing.status === "OPEN" && existing.frequency === data.frequency && existing.amount === data.amount && existing.currency === data.currency && existing.source === data.source) {
        return asAttempt(existing);
      }
    }
  }
  return asAttempt(await context.prisma.checkoutAttempt.create({ data, select: { id: true } }));
}

function sessionParams(attempt: Attempt, context: CheckoutContext): Stripe.Checkout.SessionCreateParams {
  const metadata = { attempt_id: attempt.id, frequency: attempt.frequency, source: attempt.source ?? "" };
  const decimals = supportedCurrencies[attempt.currency]?.decimals ?? 2;
  const cancelUrl = buildAppealUrl(context.appUrl, {
    frequency: attempt.frequency,
    amount: fromMinorUnits(attempt.amount, decimals),
    currency: attempt.currency,
    source: attempt.source,
    cancelled: true,
  });
  const priceData: Stripe.Checkout.SessionCreateParams.LineItem.PriceData = {
    currency: attempt.currency,
    unit_amount: attempt.amount,
    product_data: { name: `${context.newsroomName}: ${productNames[attempt.frequency]}` },
  };
  const common = {
    client_reference_id: attempt.id,
    metadata,
    success_url: `${context.appUrl}/thank-you?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: cancelUrl,
    locale: (attempt.locale ?? "auto") as Stripe.Checkout.SessionCreateParams.Locale,
  };
  if (attempt.frequency === "once") {
    return {
      ...common,
      mode: "payment",
      submit_type: "donate",
      customer_creation: "always",
      payment_intent_data: { metadata },
      line_items: [{ quantity: 1, price_data: priceData }],
    };
  }
  return {
    ...common,
    mode: "subscription",
    subscription_data: { metadata },
    line_items: [{ quantity: 1, price_data: { ...priceData, recurring: { interval: attempt.frequency === "monthly" ? "month" : "year" } } }],
  };
}

export async function createCheckoutSession(request: CheckoutRequest, context: CheckoutContext): Promise<CreatedCheckout> {
  const attempt = await recordAttempt(request, context);
  let session: Stripe.Checkout.Session;
  try {
    session = await context.stripe.checkout.sessions.create(sessionParams(attempt, context), { idempotencyKey: `checkout-attempt-${attempt.id}` });
  } catch (error) {
    const type = typeof error === "object" && error !== null && "type" in error ? String(error.type) : "unknown";
    logger.error("checkout session creation failed", { attemptId: attempt.id, stripeErrorType: type });
    throw new CheckoutUnavailableError("the payment provider did not create a session");
  }
  if (!session.url) throw new CheckoutUnavailableError("the session has no url");
  await context.prisma.checkoutAttempt.updateMany({ where: { id: attempt.id, stripeCheckoutSessionId: null }, data: { stripeCheckoutSessionId: session.id } });
  logger.info("checkout session created", { attemptId: attempt.id, sessionId: session.id, frequency: attempt.frequency });
  return { attemptId: attempt.id, sessionId: session.id, url: session.url };
}
