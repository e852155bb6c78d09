// customer.updated: an email or name change is re-encrypted and re-indexed on the supporter.
// Customers that never gave (no supporter yet) are not added to the ledger by this event.
// Stripe sends it for every customer change, most of them for customers who never gave, so
// the "is it ours?" check goes straight to the pg pool (ARCHITECTURE.md, "Hot paths").
import type Stripe from "stripe";
import { getPgPool } from "../../db/pg-pool";
import { syncCustomer } from "../sync-customer";

export async function handleCustomerUpdated(event: Stripe.CustomerUpdatedEvent): Promise<string> {
  const known = await getPgPool().query(`SELECT 1 FROM "StripeCustomer" WHERE "id" = $1`, [event.data.object.id]);
  if (known.rowCount === 0) return "skipped: customer not in the ledger";
  await syncCustomer(event.data.object.id);
  return "supporter updated";
}
