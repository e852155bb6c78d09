// Which subscriptions a supporter's session may see and change. Two checks, both every time:
// the ledger says the subscription is this supporter's, and its customer's email at Stripe is,
// right now, the address the manage link was sent to. The second stops the customer-email
// attack (issue 16): anyone can set their own customer's email to someone else's address.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { customersAtAddress } from "../manage/choose-portal-customer";
import { emailIndex } from "../privacy/email-index";
import { idOf } from "../stripe/id-of";
import type { ManageSession } from "./manage-session";

// What the page shows of each subscription, read in the same call.
const expand = ["default_payment_method", "schedule"];

/** The session's live subscriptions, newest first, as Stripe has them now. */
export async function findOwnSubscriptions(prisma: PrismaClient, stripe: Stripe, session: ManageSession): Promise<Stripe.Subscription[]> {
  const rows = await prisma.subscription.findMany({
    where: { supporterId: session.supporterId, status: { notIn: ["CANCELED", "INCOMPLETE_EXPIRED"] } },
    orderBy: { startedAt: "desc" },
    take: 20,
    select: { stripeSubscriptionId: true },
  });
  if (rows.length === 0) return [];
  const customers = await customersAtAddress(prisma, stripe, session.supporterId, session.emailIndex);
  const own: Stripe.Subscription[] = [];
  for (const { stripeSubscriptionId } of rows) {
    const subscription = await stripe.subscriptions.retrieve(stripeSubscriptionId, { expand });
    const customer = idOf(subscription.customer);
    if (customer && customers.includes(customer) && subscription.status !== "canceled") own.push(subscription);
  }
  return own;
}

/** One subscription named by a form, if the session may act on it; undefined for anything else. */
export async function findOwnSubscription(prisma: PrismaClient, stripe: Stripe, session: ManageSession, stripeSubscriptionId: string): Promise<Stripe.Subscription | undefined> {
  const row = await prisma.subscription.findFirst({ where: { stripeSubscriptionId, supporterId: session.supporterId }, select: { id: true } });
  if (!row) return undefined;
  const subscription = await stripe.subscriptions.retrieve(stripeSubscriptionId, { expand });
  const customerId = idOf(subscription.customer);
  if (!customerId || subscription.status === "canceled") return undefined;
  const customer = await stripe.customers.retrieve(customerId);
  if (customer.deleted || !customer.email || emailIndex(customer.email) !== session.emailIndex) return undefined;
  return subscription;
}
