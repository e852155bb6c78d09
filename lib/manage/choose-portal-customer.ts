// Which Stripe customer a manage link opens. Anyone can set their own customer's email to
// someone else's address, so the ledger's customer links are only candidates: each is re-read
// at Stripe, and only customers whose email there is, right now, the address the link was
// emailed to can be opened. Among those, the one that owns the recurring gift comes first.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { SubscriptionStatus } from "../db/generated/enums";
import { emailIndex } from "../privacy/email-index";
import { idOf } from "../stripe/id-of";

// A person has a handful of customers (one per checkout); the cap bounds Stripe calls per click.
const MOST_CUSTOMERS = 20;
const LIVE = [SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID, SubscriptionStatus.TRIALING];

/** A customer removed from Stripe for good answers 404: it cannot be opened, the others still can. */
async function retrieveIfExists(stripe: Stripe, id: string): Promise<Stripe.Customer | Stripe.DeletedCustomer | null> {
  try {
    return await stripe.customers.retrieve(id);
  } catch (error) {
    if (error instanceof stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") return null;
    throw error;
  }
}

/** The supporter's customers whose email at Stripe is, right now, the address the link was sent to. */
export async function customersAtAddress(prisma: PrismaClient, stripe: Stripe, supporterId: string, sentToIndex: string): Promise<string[]> {
  const linked = await prisma.stripeCustomer.findMany({ where: { supporterId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MOST_CUSTOMERS, select: { id: true } });
  const matching: string[] = [];
  for (const { id } of linked) {
    const customer = await retrieveIfExists(stripe, id);
    if (customer && !customer.deleted && customer.email && emailIndex(customer.email) === sentToIndex) matching.push(id);
  }
  return matching;
}

export async function choosePortalCustomer(prisma: PrismaClient, stripe: Stripe, supporterId: string, sentToIndex: string): Promise<string | undefined> {
  const matching = await customersAtAddress(prisma, stripe, supporterId, sentToIndex);
  if (matching.length === 0) return undefined;
  const subscriptions = await prisma.subscription.findMany({ where: { supporterId, status: { in: LIVE } }, orderBy: { startedAt: "desc" }, select: { stripeSubscriptionId: true } });
  for (const { stripeSubscriptionId } of subscriptions) {
    const owner = idOf((await stripe.subscriptions.retrieve(stripeSubscriptionId)).customer);
    if (owner && matching.includes(owner)) return owner;
  }
  return matching[0];
}
