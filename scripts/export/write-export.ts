// The process behind every dashboard CSV export (lib/exports/stream-export.ts spawns it): writes
// one export as CSV to stdout, with backpressure, so the web server's memory and event loop are
// untouched by a million-row file. Reads the export as JSON on stdin (never argv: a search may
// be an email address); settings from the environment it inherits. Exits 0 when the file is
// complete, 1 (with a line on stderr) if not.
import { text } from "node:stream/consumers";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { getConfig } from "../../lib/config/env";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { streamDonationsCsv } from "../../lib/dashboard/stream-donations-csv";
import { parseExportRequest } from "../../lib/exports/export-request";
import { streamNewsletterCsv } from "../../lib/newsletter/stream-newsletter-csv";
import { streamSupportersCsv } from "../../lib/supporters/stream-supporters-csv";

async function main() {
  const request = parseExportRequest(await text(process.stdin));
  const pool = new pg.Pool({ connectionString: getConfig().DATABASE_URL, max: 1 });
  const prisma = createPrismaClient(pool);
  try {
    const csv = request.kind === "donations" ? streamDonationsCsv(pool, request.filters) : request.kind === "newsletter" ? streamNewsletterCsv(prisma) : streamSupportersCsv(prisma, request.options);
    await pipeline(csv, process.stdout);
  } finally {
    await prisma.$disconnect().catch(() => undefined);
    await pool.end().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`[export] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
