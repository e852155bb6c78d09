// Derives the Supporter behind a Stripe customer from the customer as Stripe has it now. Stripe
// may hold several customers for one person (one per checkout): they all point at the Supporter
// whose email blind index matches. Email and name are stored only encrypted, and come from the
// supporter's newest Stripe customer, so the order customers are synced in does not matter.
import type Stripe from "stripe";
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { retryOnUniqueViolation } from "../db/retry-on-unique-violation";
import { decryptPii, encryptPii } from "../privacy/encrypt-pii";
import { emailIndex, normaliseEmail } from "../privacy/email-index";
import { getStripe } from "./stripe";

export type CustomerIdentity = { id: string; email: string | null; name: string | null; livemode: boolean; deleted: boolean; created: Date };

export function identityOf(customer: Stripe.Customer | Stripe.DeletedCustomer): CustomerIdentity {
  if (customer.deleted) return { id: customer.id, email: null, name: null, livemode: false, deleted: true, created: new Date(0) };
  const email = customer.email ? normaliseEmail(customer.email) : null;
  return { id: customer.id, email, name: customer.name ?? null, livemode: customer.livemode, deleted: false, created: new Date(customer.created * 1000) };
}

/** Whether this customer is the supporter's newest (ties by id), whose identity the supporter shows. */
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

async function applyIdentity(tx: Prisma.TransactionClient, identity: CustomerIdentity): Promise<string | null> {
  const link = await tx.stripeCustomer.findUnique({ where: { id: identity.id }, select: { supporterId: true } });
  if (identity.deleted) return link?.supporterId ?? null;
  const index = identity.email ? emailIndex(identity.email) : null;
  const byEmail = index ? await tx.supporter.findUnique({ where: { emailIndex: index }, select: { id: true } }) : null;

  let supporterId: string;
  if (byEmail) supporterId = byEmail.id;
  else if (link) supporterId = link.supporterId;
  else {
    const created = await tx.supporter.create({
      data: { emailIndex: index, emailEncrypted: identity.email ? encryptPii(identity.email) : null, nameEncrypted: identity.name ? encryptPii(identity.name) : null },
      select: { id: true },
    });
    supporterId = created.id;
  }

  const current = await tx.supporter.findUniqueOrThrow({ where: { id: supporterId }, select: { emailIndex: true, emailEncrypted: true, nameEncrypted: true, erasedAt: true } });
  if (!current.erasedAt && (await isNewestCustomer(tx, supporterId, identity))) {
    const changes: Prisma.SupporterUpdateInput = {};
    // An email change on the customer re-indexes the supporter (when no one else holds the new address).
    if (index && current.emailIndex !== index) Object.assign(changes, { emailIndex: index, emailEncrypted: encryptPii(identity.email!) });
    if (identity.name && !sameSecret(current.nameEncrypted, identity.name)) changes.nameEncrypted = encryptPii(identity.name);
    if (Object.keys(changes).length > 0) await tx.supporter.update({ where: { id: supporterId }, data: changes });
  }
  // createdAt is the customer's creation at Stripe (the newest customer's identity wins).
  if (!link) await tx.stripeCustomer.create({ data: { id: identity.id, supporterId, livemode: identity.livemode, createdAt: identity.created } });
  else if (link.supporterId !== supporterId) await tx.stripeCustomer.update({ where: { id: identity.id }, data: { supporterId } });
  return supporterId;
}

/** Re-reads the customer (unless given the current object) and returns its Supporter's id. */
export async function syncCustomer(customer: string | Stripe.Customer | Stripe.DeletedCustomer): Promise<string | null> {
  const current = typeof customer === "string" ? await getStripe().customers.retrieve(customer) : customer;
  const identity = identityOf(current);
  return retryOnUniqueViolation(() => getPrisma().$transaction((tx) => applyIdentity(tx, identity)));
}
