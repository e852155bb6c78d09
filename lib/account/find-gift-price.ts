// The catalogue price a changed gift moves to: the same neutral product per frequency and the
// same reused price per amount as checkout (lib/stripe/find-or-create-price.ts).
import "server-only";
import type Stripe from "stripe";
import { getConfig } from "@/lib/config/env";
import { getPgPool } from "@/lib/db/pg-pool";
import { loadDiscretionSettings } from "@/lib/settings/load-discretion-settings";
import { catalogueProductLook, ensureCatalogueProduct } from "@/lib/stripe/catalogue-product";
import { findOrCreatePrice } from "@/lib/stripe/find-or-create-price";

export async function findGiftPrice(stripe: Stripe, key: { currency: string; frequency: "monthly" | "annual"; amount: number }): Promise<string> {
  const settings = await loadDiscretionSettings();
  const product = await ensureCatalogueProduct(stripe, key.frequency, catalogueProductLook(key.frequency, settings, getConfig().NEWSROOM_NAME));
  return findOrCreatePrice(stripe, getPgPool(), product, key);
}
