// Erasure (right to be forgotten): the supporter's identity goes, their gifts stay for the
// accounts without anyone's name on them. Optionally the Stripe customers are deleted too
// (which also ends their subscriptions at Stripe); that happens first, outside the database
// transaction, so a Stripe failure leaves everything as it was. Recorded in the audit log.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";

export type EraseOptions = { actorUserId: string; deleteStripeCustomers?: boolean; stripe?: Pick<Stripe, "customers">; now?: Date };
export type EraseResult = { erased: boolean; donationsKept: number; remindersDeleted: number; stripeCustomersDeleted: number };

export async function eraseSupporter(prisma: PrismaClient, supporterId: string, options: EraseOptions): Promise<EraseResult> {
  const supporter = await prisma.supporter.findUnique({ where: { id: supporterId }, select: { emailIndex: true, customers: { select: { id: true } } } });
  if (!supporter) return { erased: false, donationsKept: 0, remindersDeleted: 0, stripeCustomersDeleted: 0 };

  let stripeCustomersDeleted = 0;
  if (options.deleteStripeCustomers) {
    if (!options.stripe) throw new Error("eraseSupporter: deleteStripeCustomers needs a Stripe client");
    for (const customer of supporter.customers) {
      await options.stripe.customers.del(customer.id);
      stripeCustomersDeleted += 1;
    }
  }

  return prisma.$transaction(async (tx) => {
    await tx.supporter.update({ where: { id: supporterId }, data: { emailIndex: null, emailEncrypted: null, nameEncrypted: null, country: null, erasedAt: options.now ?? new Date() } });
    await tx.stripeCustomer.deleteMany({ where: { supporterId } });
    const reminders = supporter.emailIndex ? await tx.reminder.deleteMany({ where: { emailIndex: supporter.emailIndex } }) : { count: 0 };
    const donationsKept = await tx.donation.count({ where: { supporterId } });
    const result = { erased: true, donationsKept, remindersDeleted: reminders.count, stripeCustomersDeleted };
    await tx.auditLog.create({ data: { actorUserId: options.actorUserId, action: "supporter.erase", targetType: "Supporter", targetId: supporterId, metadata: result } });
    return result;
  });
}
