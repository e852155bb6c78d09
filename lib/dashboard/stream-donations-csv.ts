// CSV of donations for accountants, streamed: rows are read in keyset batches by id (plain pg,
// rows as arrays, timestamps formatted by PostgreSQL), each batch written as one csv-stringify
// chunk, one batch in memory at a time (backpressure), so memory stays flat on millions of rows. Amounts are exact decimals in major
// units; no supporter identity is included.
import "server-only";
import { Readable } from "node:stream";
import type { Pool } from "pg";
import { DonationStatus, Frequency } from "../db/generated/enums";
import { minorToDecimal } from "../money/minor-to-decimal";
import type { DonationFilters } from "./list-donations";
import { stringifyCsv } from "../exports/stringify-csv";

const columns = ["donation_id", "paid_at", "amount", "amount_refunded", "currency", "frequency", "status", "supporter_id", "subscription_id", "stripe_payment_intent_id", "stripe_invoice_id"];

type Row = [string, string, number, number, string, string, string, string | null, string | null, string | null, string | null];

const batchQuery = `
  SELECT "id", to_char("paidAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), "amount", "amountRefunded", "currency",
         lower("frequency"::text), lower("status"::text), "supporterId", "subscriptionId", "stripePaymentIntentId", "stripeInvoiceId"
  FROM "Donation"
  WHERE "paidAt" IS NOT NULL AND "id" > $1
    AND ($2::text IS NULL OR "currency" = $2) AND ($3::text IS NULL OR "frequency"::text = $3) AND ($4::text IS NULL OR "status"::text = $4)
  ORDER BY "id" LIMIT $5`;

/** One CSV chunk per batch: a response of a million tiny chunks spends its time on chunk overhead. */
async function* donationCsvChunks(pool: Pool, filters: DonationFilters, batchSize: number) {
  const currency = /^[a-z]{3}$/i.test(filters.currency ?? "") ? filters.currency!.toLowerCase() : null;
  const frequency = Object.values(Frequency).find((f) => f === filters.frequency?.toUpperCase()) ?? null;
  const status = Object.values(DonationStatus).find((s) => s === filters.status?.toUpperCase()) ?? null;
  let after = "";
  yield stringifyCsv([columns]);
  for (;;) {
    const { rows } = await pool.query<Row>({ text: batchQuery, values: [after, currency, frequency, status, batchSize], rowMode: "array" });
    if (rows.length) yield stringifyCsv(rows.map((r) => [r[0], r[1], minorToDecimal(r[2], r[4]), minorToDecimal(r[3], r[4]), r[4], r[5], r[6], r[7] ?? "", r[8] ?? "", r[9] ?? "", r[10] ?? ""]));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]![0];
  }
}

export function streamDonationsCsv(pool: Pool, filters: DonationFilters, batchSize = 10_000): Readable {
  // highWaterMark 1: the next batch is read only once the client has taken the previous one.
  return Readable.from(donationCsvChunks(pool, filters, batchSize), { objectMode: false, highWaterMark: 1 });
}
