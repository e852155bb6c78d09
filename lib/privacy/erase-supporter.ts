// Erasure (right to be forgotten): the supporter's identity goes, their gifts stay for the
// accounts without anyone's name on them. What happens at Stripe is the admin's explicit choice
// (`atStripe`): keep everything there, cancel the recurring gifts, or delete the customers
// (which also ends their subscriptions). That happens first, outside the database transaction,
// so a Stripe failure leaves everything as it was. Recorded in the audit log.
//
// Erasure sticks: each customer leaves a tombstone (a keyed HMAC of its id, no identity), so
// later events for it (a renewal, a customer.updated) attach to the erased supporter and never
// store a name or email again (lib/stripe/sync-customer.ts).
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { SubscriptionStatus } from "../db/generated/enums";
import { queueNewsletterChange } from "../newsletter/queue-newsletter-change";
import { customerIndex } from "./customer-index";

export type StripeErasure = "keep" | "cancel-recurring" | "delete-customers";
export type EraseOptions = { actorUserId: string; atStripe: StripeErasure; stripe?: Pick<Stripe, "customers" | "subscriptions">; now?: Date };
export type EraseResult = { erased: boolean; donationsKept: number; remindersDeleted: number; newsletterConsentsDeleted: number; stripeCustomersDeleted: number; recurringCancelled: number; atStripe: StripeErasure };

const LIVE = [SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID, SubscriptionStatus.TRIALING, SubscriptionStatus.INCOMPLETE, SubscriptionStatus.PAUSED];

export async function eraseSupporter(prisma: PrismaClient, supporterId: string, options: EraseOptions): Promise<EraseResult> {
  const supporter = await prisma.supporter.findUnique({
    where: { id: supporterId },
    select: { emailIndex: true, customers: { select: { id: true } }, subscriptions: { where: { status: { in: LIVE } }, select: { stripeSubscriptionId: true } } },
  });
  const nothing = { erased: false, donationsKept: 0, remindersDeleted: 0, newsletterConsentsDeleted: 0, stripeCustomersDeleted: 0, recurringCancelled: 0, atStripe: options.atStripe };
  if (!supporter) return nothing;
  if (options.atStripe !== "keep" && !options.stripe) throw new Error(`eraseSupporter: atStripe "${options.atStripe}" needs a Stripe client`);

  let recurringCancelled = 0;
  let stripeCustomersDeleted = 0;
  if (options.atStripe === "cancel-recurring") {
    for (const { stripeSubscriptionId } of supporter.subscriptions) {
      const current = await options.stripe!.subscriptions.retrieve(stripeSubscriptionId);
      if (current.status === "canceled" || current.status === "incomplete_expired") continue;
      await options.stripe!.subscriptions.cancel(stripeSubscriptionId);
      recurringCancelled += 1;
    }
  }
  if (options.atStripe === "delete-customers") {
    for (const customer of supporter.customers) {
      await options.stripe!.customers.del(customer.id);
      stripeCustomersDeleted += 1;
    }
  }

  const now = options.now ?? new Date();
  const erased = await prisma.$transaction(async (tx) => {
    await tx.supporter.update({ where: { id: supporterId }, data: { emailIndex: null, emailEncrypted: null, nameEncrypted: null, nameIndex: null, erasedAt: now } });
    // What they wrote when cancelling is theirs too; the change itself (kind, amounts, feedback) stays.
    await tx.subscriptionChange.updateMany({ where: { subscription: { supporterId }, reasonCommentEncrypted: { not: null } }, data: { reasonCommentEncrypted: null } });
    await tx.erasedStripeCustomer.createMany({ data: supporter.customers.map((c) => ({ customerIndex: customerIndex(c.id), supporterId })), skipDuplicates: true });
    await tx.stripeCustomer.deleteMany({ where: { supporterId } });
    // Unused manage links (and open account sessions) would still reach a customer kept at Stripe.
    await tx.manageLink.deleteMany({ where: { supporterId } });
    await tx.manageSession.deleteMany({ where: { supporterId } });
    const reminders = supporter.emailIndex ? await tx.reminder.deleteMany({ where: { emailIndex: supporter.emailIndex } }) : { count: 0 };
    // Newsletter consent for the address goes too; the mailing tool is told after the transaction.
    const consent = supporter.emailIndex
      ? await tx.newsletterConsent.findUnique({ where: { emailIndex: supporter.emailIndex }, select: { id: true, emailEncrypted: true, locale: true, consentVersion: true, status: true } })
      : null;
    if (consent) await tx.newsletterConsent.delete({ where: { id: consent.id } });
    const donationsKept = await tx.donation.count({ where: { supporterId } });
    const result = { erased: true, donationsKept, remindersDeleted: reminders.count, newsletterConsentsDeleted: consent ? 1 : 0, stripeCustomersDeleted, recurringCancelled, atStripe: options.atStripe };
    await tx.auditLog.create({ data: { actorUserId: options.actorUserId, action: "supporter.erase", targetType: "supporter", targetId: supporterId, metadata: result } });
    return { result, consent };
  });
  const { consent } = erased;
  if (consent && consent.status !== "WITHDRAWN") {
    await queueNewsletterChange(prisma, { type: "withdrawn", reason: "erased", consentId: consent.id, emailEncrypted: consent.emailEncrypted, locale: consent.locale, consentVersion: consent.consentVersion }, now);
  }
  return erased.result;
}
