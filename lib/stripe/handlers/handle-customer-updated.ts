// customer.updated: an email or name change is re-encrypted and re-indexed on the supporter.
// Customers that never gave (no supporter yet) are not added to the ledger by this event.
import type Stripe from "stripe";
import { getPrisma } from "../../db/prisma";
import { syncCustomer } from "../sync-customer";

export async function handleCustomerUpdated(event: Stripe.CustomerUpdatedEvent): Promise<string> {
  const known = await getPrisma().stripeCustomer.findUnique({ where: { id: event.data.object.id }, select: { id: true } });
  if (!known) return "skipped: customer not in the ledger";
  await syncCustomer(event.data.object.id);
  return "supporter updated";
}
