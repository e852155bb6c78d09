// Derives the Supporter behind a Stripe customer from the customer as Stripe has it now. Stripe
// may hold several customers for one person (one per checkout): a customer seen for the first
// time joins the Supporter whose email blind index matches. Email and name are stored only
// encrypted.
//
// Anyone can edit their own customer's email (billing portal, API), so an email is never proof
// of who a customer belongs to once it is linked:
// - a linked customer stays with its supporter, whatever its email becomes;
// - an email change re-indexes the supporter only when this customer is its only one and no
//   other supporter holds the address: it never re-points a supporter other customers share;
// - the name shown comes from the supporter's newest customer (order of syncs does not matter).
// Customers of an erased supporter (erasure's tombstone) attach to it and store nothing.
import type Stripe from "stripe";
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { retryOnUniqueViolation } from "../db/retry-on-unique-violation";
import { customerIndex } from "../privacy/customer-index";
import { decryptPii, encryptPii } from "../privacy/encrypt-pii";
import { emailIndex, normaliseEmail } from "../privacy/email-index";
import { getStripe } from "./stripe";

export type CustomerIdentity = { id: string; email: string | null; name: string | null; livemode: boolean; deleted: boolean; created: Date };

export function identityOf(customer: Stripe.Customer | Stripe.DeletedCustomer): CustomerIdentity {
  if (customer.deleted) return { id: customer.id, email: null, name: null, livemode: false, deleted: true, created: new Date(0) };
  const email = customer.email ? normaliseEmail(customer.email) : null;
  return { id: customer.id, email, name: customer.name ?? null, livemode: customer.livemode, deleted: false, created: new Date(customer.created * 1000) };
}

/** Whether this customer is the supporter's newest (ties by id), whose name the supporter shows. */
async function isNewestCustomer(tx: Prisma.TransactionClient, supporterId: string, identity: CustomerIdentity): Promise<boolean> {
  const newer = await tx.stripeCustomer.count({
    where: { supporterId, id: { not: identity.id }, OR: [{ createdAt: { gt: identity.created } }, { createdAt: identity.created, id: { gt: identity.id } }] },
  });
  return newer === 0;
}

function sameSecret(ciphertext: string | null, plaintext: string | null): boolean {
  if (ciphertext === null || plaintext === null) return ciphertext === plaintext;
  return decryptPii(ciphertext) === plaintext;
}

/** The supporter a customer belongs to: its existing link, else the address's supporter, else a new one. */
async function supporterFor(tx: Prisma.TransactionClient, identity: CustomerIdentity, index: string | null, linked: string | undefined): Promise<string> {
  if (linked) return linked;
  const byEmail = index ? await tx.supporter.findUnique({ where: { emailIndex: index }, select: { id: true } }) : null;
  if (byEmail) return byEmail.id;
  const created = await tx.supporter.create({
    data: { emailIndex: index, emailEncrypted: identity.email ? encryptPii(identity.email) : null, nameEncrypted: identity.name ? encryptPii(identity.name) : null },
    select: { id: true },
  });
  return created.id;
}

/** The email part of the identity follows the customer only while it is the supporter's one customer. */
async function emailChange(tx: Prisma.TransactionClient, supporterId: string, identity: CustomerIdentity, index: string | null, currentIndex: string | null): Promise<Prisma.SupporterUpdateInput> {
  if (!index || !identity.email || currentIndex === index) return {};
  const others = await tx.stripeCustomer.count({ where: { supporterId, id: { not: identity.id } } });
  if (others > 0) return {};
  const holder = await tx.supporter.findUnique({ where: { emailIndex: index }, select: { id: true } });
  if (holder) return {};
  return { emailIndex: index, emailEncrypted: encryptPii(identity.email) };
}

async function applyIdentity(tx: Prisma.TransactionClient, identity: CustomerIdentity): Promise<string | null> {
  const erased = await tx.erasedStripeCustomer.findUnique({ where: { customerIndex: customerIndex(identity.id) }, select: { supporterId: true } });
  if (erased) return erased.supporterId;
  const link = await tx.stripeCustomer.findUnique({ where: { id: identity.id }, select: { supporterId: true } });
  if (identity.deleted) return link?.supporterId ?? null;
  const index = identity.email ? emailIndex(identity.email) : null;
  const supporterId = await supporterFor(tx, identity, index, link?.supporterId);
  // createdAt is the customer's creation at Stripe (the newest customer's name wins).
  if (!link) await tx.stripeCustomer.create({ data: { id: identity.id, supporterId, livemode: identity.livemode, createdAt: identity.created } });

  const current = await tx.supporter.findUniqueOrThrow({ where: { id: supporterId }, select: { emailIndex: true, nameEncrypted: true, erasedAt: true } });
  if (current.erasedAt) return supporterId;
  const changes = await emailChange(tx, supporterId, identity, index, current.emailIndex);
  if (identity.name && !sameSecret(current.nameEncrypted, identity.name) && (await isNewestCustomer(tx, supporterId, identity))) changes.nameEncrypted = encryptPii(identity.name);
  if (Object.keys(changes).length > 0) await tx.supporter.update({ where: { id: supporterId }, data: changes });
  return supporterId;
}

/** Re-reads the customer (unless given the current object) and returns its Supporter's id. */
export async function syncCustomer(customer: string | Stripe.Customer | Stripe.DeletedCustomer): Promise<string | null> {
  const current = typeof customer === "string" ? await getStripe().customers.retrieve(customer) : customer;
  const identity = identityOf(current);
  return retryOnUniqueViolation(() => getPrisma().$transaction((tx) => applyIdentity(tx, identity)));
}
