// CSV of donations for accountants, streamed: rows are read in keyset batches by id and
// written through csv-stringify with backpressure, so memory stays flat on millions of rows.
// Amounts are exact decimals in major units; no supporter identity is included.
import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { PrismaClient } from "../db/generated/client";
import { minorToDecimal } from "../money/minor-to-decimal";
import { donationWhere, type DonationFilters } from "./list-donations";

const columns = ["donation_id", "paid_at", "amount", "amount_refunded", "currency", "frequency", "status", "supporter_id", "subscription_id", "stripe_payment_intent_id", "stripe_invoice_id"];

async function* donationRows(prisma: PrismaClient, filters: DonationFilters, batchSize: number) {
  const where = donationWhere(filters);
  let after: string | undefined;
  for (;;) {
    const batch = await prisma.donation.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, paidAt: true, amount: true, amountRefunded: true, currency: true, frequency: true, status: true, supporterId: true, subscriptionId: true, stripePaymentIntentId: true, stripeInvoiceId: true },
    });
    for (const d of batch) {
      yield [d.id, d.paidAt?.toISOString() ?? "", minorToDecimal(d.amount, d.currency), minorToDecimal(d.amountRefunded, d.currency), d.currency, d.frequency.toLowerCase(), d.status.toLowerCase(), d.supporterId ?? "", d.subscriptionId ?? "", d.stripePaymentIntentId ?? "", d.stripeInvoiceId ?? ""];
    }
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

export function streamDonationsCsv(prisma: PrismaClient, filters: DonationFilters, batchSize = 5000): Readable {
  return Readable.from(donationRows(prisma, filters, batchSize)).pipe(stringify({ header: true, columns }));
}
