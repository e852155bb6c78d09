// The catalogue's three products, one per frequency, named by what they are ("Monthly support")
// unless staff choose to show the newsroom's name, and carrying the statement word as their
// statement_descriptor (what card statements show for subscription charges). Their ids are ours
// ("reader-support-monthly"), so every instance finds the same product without a search (Stripe's
// search can lag a minute behind): retrieve, create when missing, update when the look changed.
import type Stripe from "stripe";
import type { DonationFrequency } from "@/lib/donations/frequencies";
import { createdByAppMetadata } from "./created-by-app";

export type CatalogueProductLook = { name: string; statementDescriptor: string };

/** A product per frequency, and "fees": the one-time "Payment fees" line a reader may add to a one-time gift. */
export type CatalogueItem = DonationFrequency | "fees";

export const catalogueItems: readonly CatalogueItem[] = ["once", "monthly", "annual", "fees"];

const neutralNames: Record<CatalogueItem, string> = { once: "One-time support", monthly: "Monthly support", annual: "Annual support", fees: "Payment fees" };

export function catalogueProductId(item: CatalogueItem): string {
  return `reader-support-${item}`;
}

/** The name and statement descriptor a catalogue product should have under the current settings. */
export function catalogueProductLook(item: CatalogueItem, settings: { statementWord: string; nameInStripe: boolean }, newsroomName: string): CatalogueProductLook {
  const name = settings.nameInStripe ? `${newsroomName}: ${neutralNames[item]}` : neutralNames[item];
  return { name, statementDescriptor: settings.statementWord };
}

type Checked = { product: Promise<Stripe.Product>; look: string };
// Per process: a product is checked against Stripe once per look, not once per gift.
const holder = globalThis as unknown as { catalogueProducts?: Map<string, Checked> };
const checked = () => (holder.catalogueProducts ??= new Map());

function isStripeError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

async function retrieveOrCreate(stripe: Stripe, id: string, look: CatalogueProductLook): Promise<Stripe.Product> {
  try {
    return await stripe.products.retrieve(id);
  } catch (error) {
    if (!isStripeError(error, "resource_missing")) throw error;
  }
  try {
    return await stripe.products.create({ id, name: look.name, statement_descriptor: look.statementDescriptor, metadata: { ...createdByAppMetadata } });
  } catch (error) {
    // Another instance created it a moment ago.
    if (isStripeError(error, "resource_already_exists")) return stripe.products.retrieve(id);
    throw error;
  }
}

async function ensure(stripe: Stripe, id: string, look: CatalogueProductLook): Promise<Stripe.Product> {
  const product = await retrieveOrCreate(stripe, id, look);
  if (product.name === look.name && product.statement_descriptor === look.statementDescriptor && product.active) return product;
  return stripe.products.update(id, { name: look.name, statement_descriptor: look.statementDescriptor, active: true });
}

/** The catalogue product for a frequency (or the fees line), made to look as the settings say (created or updated at Stripe if need be). */
export function ensureCatalogueProduct(stripe: Stripe, item: CatalogueItem, look: CatalogueProductLook): Promise<Stripe.Product> {
  const id = catalogueProductId(item);
  const key = JSON.stringify(look);
  const known = checked().get(id);
  if (known && known.look === key) return known.product;
  const entry: Checked = { product: ensure(stripe, id, look), look: key };
  checked().set(id, entry);
  // A failure is not kept: the next gift asks Stripe again.
  entry.product.catch(() => {
    if (checked().get(id) === entry) checked().delete(id);
  });
  return entry.product;
}

/** After the settings change on this instance (others notice the new look at their next gift). */
export function forgetCheckedCatalogueProducts(): void {
  checked().clear();
}
