// The catalogue price for an amount, currency and frequency: one Stripe price under the
// frequency's catalogue product, reused by every gift of that amount (so Checkout gets
// `line_items[].price`, and no per-gift product carries a name). Found in this process's memory,
// then in the StripePrice table, then at Stripe by its lookup_key (a database restored or
// reset), and only then created, with an idempotency key so instances racing create one price.
// Queries go to the pg pool: this is checkout's hot path (create-checkout-session.ts).
import { randomBytes } from "node:crypto";
import type pg from "pg";
import type Stripe from "stripe";
import { frequencyToDatabase, type DonationFrequency } from "@/lib/donations/frequencies";
import { createdByAppMetadata } from "./created-by-app";

/** kind "fees": the one-time "Payment fees" line (its own product, its own lookup keys); default "gift". */
export type CataloguePriceKey = { currency: string; frequency: DonationFrequency; amount: number; kind?: "gift" | "fees" };

const MEMORY_LIMIT = 5_000;
const holder = globalThis as unknown as { cataloguePrices?: Map<string, string> };
const memory = () => (holder.cataloguePrices ??= new Map());

const intervals: Record<DonationFrequency, Stripe.PriceCreateParams.Recurring.Interval | null> = { once: null, monthly: "month", annual: "year" };

export function catalogueLookupKey(key: CataloguePriceKey): string {
  if (key.kind === "fees") return `reader-fees-${key.currency}-${key.amount}`;
  return `reader-support-${key.frequency}-${key.currency}-${key.amount}`;
}

function remember(memoryKey: string, priceId: string): string {
  const prices = memory();
  if (prices.size >= MEMORY_LIMIT) prices.delete(prices.keys().next().value!);
  prices.set(memoryKey, priceId);
  return priceId;
}

function fits(price: Stripe.Price, product: Stripe.Product, key: CataloguePriceKey): boolean {
  const productId = typeof price.product === "string" ? price.product : price.product.id;
  return productId === product.id && price.unit_amount === key.amount && price.currency === key.currency && (price.recurring?.interval ?? null) === intervals[key.frequency];
}

async function findAtStripe(stripe: Stripe, product: Stripe.Product, key: CataloguePriceKey): Promise<Stripe.Price | undefined> {
  const found = await stripe.prices.list({ lookup_keys: [catalogueLookupKey(key)], active: true, limit: 1 });
  return found.data.find((price) => fits(price, product, key));
}

function createAtStripe(stripe: Stripe, product: Stripe.Product, key: CataloguePriceKey, replacing?: string): Promise<Stripe.Price> {
  const interval = intervals[key.frequency];
  const lookupKey = catalogueLookupKey(key);
  return stripe.prices.create(
    {
      product: product.id,
      currency: key.currency,
      unit_amount: key.amount,
      ...(interval ? { recurring: { interval } } : {}),
      lookup_key: lookupKey,
      // A price archived at Stripe keeps its lookup key; the new one takes it over.
      transfer_lookup_key: true,
      metadata: { ...createdByAppMetadata },
    },
    // A replacement for an archived price needs a key of its own, or Stripe would answer with the archived one.
    { idempotencyKey: `catalogue-price-${product.livemode ? "live" : "test"}-${lookupKey}${replacing ? `-after-${replacing}` : ""}` },
  );
}

const selectPrice = `SELECT "stripePriceId" FROM "StripePrice" WHERE "livemode" = $1 AND "currency" = $2 AND "frequency" = $3::"Frequency" AND "amount" = $4 AND "kind" = $5`;

/** The id of the catalogue price for `key` under `product` (the frequency's catalogue product). `replacing`: a price Stripe refused as archived (see forgetPrice). */
export async function findOrCreatePrice(stripe: Stripe, pool: pg.Pool, product: Stripe.Product, key: CataloguePriceKey, replacing?: string): Promise<string> {
  const livemode = product.livemode;
  const memoryKey = `${livemode}:${product.id}:${key.currency}:${key.amount}`;
  const known = memory().get(memoryKey);
  if (known) return known;
  const kind = key.kind ?? "gift";
  const values = [livemode, key.currency, frequencyToDatabase[key.frequency], key.amount, kind];
  const stored = await pool.query<{ stripePriceId: string }>(selectPrice, values);
  if (stored.rows[0]) return remember(memoryKey, stored.rows[0].stripePriceId);

  const price = (await findAtStripe(stripe, product, key)) ?? (await createAtStripe(stripe, product, key, replacing));
  const id = `p${Date.now().toString(36)}${randomBytes(12).toString("hex")}`;
  await pool.query(
    `INSERT INTO "StripePrice" ("id", "livemode", "currency", "frequency", "amount", "stripePriceId", "stripeProductId", "kind")
     VALUES ($1, $2, $3, $4::"Frequency", $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [id, livemode, key.currency, frequencyToDatabase[key.frequency], key.amount, price.id, product.id, kind],
  );
  // Whoever stored first wins; both prices are the same one unless the idempotency key had expired.
  const winner = await pool.query<{ stripePriceId: string }>(selectPrice, values);
  return remember(memoryKey, winner.rows[0]?.stripePriceId ?? price.id);
}

/** Whether Stripe refused a price because it was archived (made inactive) at Stripe. */
export function isInactivePriceError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { type, param, message } = error as { type?: unknown; param?: unknown; message?: unknown };
  return type === "StripeInvalidRequestError" && typeof param === "string" && /\[price\]$/.test(param) && typeof message === "string" && message.includes("inactive");
}

/** Forgets a price Stripe no longer takes (archived there by hand): the next lookup finds or creates an active one. */
export async function forgetPrice(pool: pg.Pool, priceId: string): Promise<void> {
  for (const [key, id] of memory()) if (id === priceId) memory().delete(key);
  await pool.query(`DELETE FROM "StripePrice" WHERE "stripePriceId" = $1`, [priceId]);
}
