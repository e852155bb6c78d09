// After staff change the discretion settings: the catalogue products at Stripe take the new name
// and statement word at once, so the billing portal, receipts and the next renewals of every
// existing recurring gift follow (a subscription charge shows its product's statement_descriptor).
// A product not created yet is skipped: the first gift creates it with the new look.
import type Stripe from "stripe";
import { catalogueItems, catalogueProductId, catalogueProductLook, forgetCheckedCatalogueProducts } from "./catalogue-product";

export type CatalogueUpdate = { updated: number; missing: number };

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "resource_missing";
}

export async function updateCatalogueProducts(stripe: Stripe, settings: { statementWord: string; nameInStripe: boolean }, newsroomName: string): Promise<CatalogueUpdate> {
  forgetCheckedCatalogueProducts();
  const result: CatalogueUpdate = { updated: 0, missing: 0 };
  for (const item of catalogueItems) {
    const look = catalogueProductLook(item, settings, newsroomName);
    try {
      await stripe.products.update(catalogueProductId(item), { name: look.name, statement_descriptor: look.statementDescriptor });
      result.updated += 1;
    } catch (error) {
      if (!isMissing(error)) throw error;
      result.missing += 1;
    }
  }
  return result;
}
