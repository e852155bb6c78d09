// Turns a valid checkout request into a Stripe Checkout Session: records the CheckoutAttempt first,
// then creates the session with an Idempotency-Key derived from the attempt, so a double click, a
// refresh or a retried request makes one session. Never called inside a database transaction.
// The attempt's two statements go to the pg pool directly: this is checkout's hot path, and
// Prisma costs three to four times the CPU per statement (ARCHITECTURE.md, "Hot paths").
// Discretion (issue 19): the session names no newsroom and no article. The line item is a
// catalogue price under a neutral product ("Monthly support"; lib/stripe/find-or-create-price.ts)
// unless staff chose to show the name, a one-time payment carries the staff's statement word as
// its statement_descriptor_suffix, and the article's source stays in our CheckoutAttempt row:
// neither the metadata nor the return URLs carry it.
// Fee cover (issue 21): a one-time gift's extra is its own line ("Payment fees", a catalogue price
// of its own); a recurring gift's is part of its one recurring price. Either way the metadata's
// fee_cover says how much of the total it is, and the ledger keeps it apart.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import type Stripe from "stripe";
import { noAttribution, type Attribution } from "@/lib/embed/attribution";
import { logger } from "@/lib/log/logger";
import { buildAppealUrl } from "./build-appeal-url";
import { frequencyToDatabase, type DonationFrequency } from "./frequencies";
import type { CheckoutRequest } from "./parse-checkout-request";
import { supportedCurrencies } from "@/lib/money/supported-currencies";
import { fromMinorUnits } from "@/lib/money/to-minor-units";
import { loadDiscretionSettings } from "@/lib/settings/load-discretion-settings";
import type { DiscretionSettings } from "@/lib/settings/discretion-settings-schema";
import { catalogueProductLook, ensureCatalogueProduct } from "@/lib/stripe/catalogue-product";
import { createdByAppMetadata } from "@/lib/stripe/created-by-app";
import { findOrCreatePrice, forgetPrice, isInactivePriceError } from "@/lib/stripe/find-or-create-price";

export type CheckoutContext = {
  stripe: Stripe;
  pool: pg.Pool;
  appUrl: string;
  newsroomName: string;
  locale: string;
  clientAddressHash: string;
  /** Where an embedded appeal was shown (lib/embed/attribution.ts, parsed): kept on the attempt, never sent to Stripe. */
  attribution?: Attribution;
};

export type CreatedCheckout = { attemptId: string; sessionId: string; url: string };

export class CheckoutUnavailableError extends Error {}

type Attempt = { id: string; frequency: DonationFrequency; amount: number; feeCover: number; currency: string; source: string | null; locale: string | null };

/** A new attempt id: time-ordered, 96 random bits (the shape of the ids Prisma's cuid() makes is not relied on). */
function newAttemptId(): string {
  return `c${Date.now().toString(36)}${randomBytes(12).toString("hex")}`;
}

const insertAttempt = `
  INSERT INTO "CheckoutAttempt" ("id", "frequency", "amount", "currency", "source", "locale", "clientAddressHash", "placement", "variant", "articlePath", "feeCover", "updatedAt")
  VALUES ($1, $2::"Frequency", $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
  ON CONFLICT ("id") DO NOTHING
  RETURNING "id"`;

async function recordAttempt(request: CheckoutRequest, context: CheckoutContext): Promise<Attempt> {
  const frequency = frequencyToDatabase[request.frequency];
  const attempt = (id: string): Attempt => ({ id, frequency: request.frequency, amount: request.amountMinor, feeCover: request.feeCoverMinor, currency: request.currency, source: request.source, locale: context.locale });
  const { placement, variant, articlePath } = context.attribution ?? noAttribution;
  const values = (id: string) => [id, frequency, request.amountMinor, request.currency, request.source, context.locale, context.clientAddressHash, placement, variant, articlePath, request.feeCoverMinor];
  if (request.attemptKey) {
    const inserted = await context.pool.query(insertAttempt, values(request.attemptKey));
    if (inserted.rowCount === 1) return attempt(request.attemptKey);
    const existing = await context.pool.query<{ status: string; frequency: string; amount: number; feeCover: number; currency: string; source: string | null }>(
      `SELECT "status", "frequency", "amount", "feeCover", "currency", "source" FROM "CheckoutAttempt" WHERE "id" = $1`,
      [request.attemptKey],
    );
    const row = existing.rows[0];
    // The same form sent again: reuse its attempt (and so its session). A changed choice is a new attempt.
    if (row && row.status === "OPEN" && row.frequency === frequency && row.amount === request.amountMinor && row.feeCover === request.feeCoverMinor && row.currency === request.currency && row.source === request.source) {
      return attempt(request.attemptKey);
    }
  }
  const id = newAttemptId();
  await context.pool.query(insertAttempt, values(id));
  return attempt(id);
}

type LineItem = { quantity: 1; price: string };

/**
 * The checkout's lines: the catalogue price of the gift (a recurring gift's fee cover is part of it)
 * and, for a one-time gift with fee cover, the "Payment fees" line. `archived`: the lines' prices of a
 * try that Stripe refused because one was archived: each is looked up again, and replaced if need be.
 */
async function catalogueLineItems(attempt: Attempt, context: CheckoutContext, settings: DiscretionSettings, archived: string[] = []): Promise<LineItem[]> {
  const { stripe, pool } = context;
  const product = await ensureCatalogueProduct(stripe, attempt.frequency, catalogueProductLook(attempt.frequency, settings, context.newsroomName));
  const giftAmount = attempt.frequency === "once" ? attempt.amount : attempt.amount + attempt.feeCover;
  const gift = await findOrCreatePrice(stripe, pool, product, { currency: attempt.currency, frequency: attempt.frequency, amount: giftAmount }, archived[0]);
  if (attempt.frequency !== "once" || attempt.feeCover === 0) return [{ quantity: 1, price: gift }];
  const feesProduct = await ensureCatalogueProduct(stripe, "fees", catalogueProductLook("fees", settings, context.newsroomName));
  const fees = await findOrCreatePrice(stripe, pool, feesProduct, { currency: attempt.currency, frequency: "once", amount: attempt.feeCover, kind: "fees" }, archived[1]);
  return [
    { quantity: 1, price: gift },
    { quantity: 1, price: fees },
  ];
}

function sessionParams(attempt: Attempt, context: CheckoutContext, lineItems: LineItem[], settings: DiscretionSettings): Stripe.Checkout.SessionCreateParams {
  // The same metadata on the session, and through it on the subscription or payment it creates:
  // the mark lets the webhooks tell our objects from whatever else the account sells.
  const metadata = {
    ...createdByAppMetadata,
    attempt_id: attempt.id,
    frequency: attempt.frequency,
    ...(attempt.feeCover > 0 ? { fee_cover: String(attempt.feeCover), fee_cover_total: String(attempt.amount + attempt.feeCover) } : {}),
  };
  const decimals = supportedCurrencies[attempt.currency]?.decimals ?? 2;
  // Back on the appeal with the reader's choice, but not the article they came from: the URL is
  // stored at Stripe. The cost: a reader who cancels and then gives is counted without a source.
  const cancelUrl = buildAppealUrl(context.appUrl, {
    frequency: attempt.frequency,
    amount: fromMinorUnits(attempt.amount, decimals),
    currency: attempt.currency,
    cancelled: true,
  });
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
      payment_intent_data: { metadata, statement_descriptor_suffix: settings.statementWord },
      line_items: lineItems,
    };
  }
  return {
    ...common,
    mode: "subscription",
    subscription_data: { metadata },
    line_items: lineItems,
  };
}

export async function createCheckoutSession(request: CheckoutRequest, context: CheckoutContext): Promise<CreatedCheckout> {
  const attempt = await recordAttempt(request, context);
  let session: Stripe.Checkout.Session;
  try {
    const settings = await loadDiscretionSettings();
    const lineItems = await catalogueLineItems(attempt, context, settings);
    session = await context.stripe.checkout.sessions.create(sessionParams(attempt, context, lineItems, settings), { idempotencyKey: `checkout-attempt-${attempt.id}` }).catch(async (error: unknown) => {
      // Someone archived a catalogue price at Stripe: forget the lines' prices and try once with active ones.
      if (!isInactivePriceError(error)) throw error;
      const archived = lineItems.map((line) => line.price);
      for (const priceId of archived) await forgetPrice(context.pool, priceId);
      const active = await catalogueLineItems(attempt, context, settings, archived);
      logger.warn("catalogue price was archived at Stripe; replaced", { attemptId: attempt.id, archivedPriceIds: archived, priceIds: active.map((line) => line.price) });
      return context.stripe.checkout.sessions.create(sessionParams(attempt, context, active, settings), { idempotencyKey: `checkout-attempt-${attempt.id}-${active.map((line) => line.price).join("-")}` });
    });
  } catch (error) {
    const type = typeof error === "object" && error !== null && "type" in error ? String(error.type) : "unknown";
    logger.error("checkout session creation failed", { attemptId: attempt.id, stripeErrorType: type });
    throw new CheckoutUnavailableError("the payment provider did not create a session");
  }
  if (!session.url) throw new CheckoutUnavailableError("the session has no url");
  await context.pool.query(`UPDATE "CheckoutAttempt" SET "stripeCheckoutSessionId" = $2, "updatedAt" = now() WHERE "id" = $1 AND "stripeCheckoutSessionId" IS NULL`, [attempt.id, session.id]);
  logger.info("checkout session created", { attemptId: attempt.id, sessionId: session.id, frequency: attempt.frequency });
  return { attemptId: attempt.id, sessionId: session.id, url: session.url };
}
