// The receipt job (queue "receipt-send"): a payment event queued the Stripe object that paid (a
// Checkout Session or an invoice); its donation gets one receipt, however many events name it.
// The SentNotice row is the claim: a send that fails gives it back, so pg-boss's retry can send.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { deliverReceipt } from "./deliver-receipt";

export const receiptJobData = z.object({ payment: z.string().regex(/^(cs|in)_[A-Za-z0-9_]{1,200}$/) });

export const RECEIPT_NOTICE = "receipt";

export async function sendPaymentReceipt(prisma: PrismaClient, data: unknown, now: Date): Promise<string> {
  const parsed = receiptJobData.safeParse(data);
  if (!parsed.success) return "skipped: not a payment reference";
  const { payment } = parsed.data;
  const key = payment.startsWith("in_") ? { stripeInvoiceId: payment } : { stripeCheckoutSessionId: payment };
  const donation = await prisma.donation.findUnique({ where: key, select: { id: true } });
  if (!donation) return "skipped: payment not in the ledger";
  try {
    await prisma.sentNotice.create({ data: { kind: RECEIPT_NOTICE, reference: donation.id, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "skipped: receipt already sent";
    throw error;
  }
  let delivery;
  try {
    delivery = await deliverReceipt(prisma, donation.id);
  } catch (error) {
    await prisma.sentNotice.delete({ where: { kind_reference: { kind: RECEIPT_NOTICE, reference: donation.id } } });
    throw error;
  }
  if (delivery.sent) return "receipt sent";
  // Not paid yet (a bank debit still settling): the notice goes back for the event that settles it.
  if (delivery.reason === "not-paid") await prisma.sentNotice.delete({ where: { kind_reference: { kind: RECEIPT_NOTICE, reference: donation.id } } });
  return `skipped: ${delivery.reason}`;
}
