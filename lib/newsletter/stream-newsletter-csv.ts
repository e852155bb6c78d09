// CSV of the consented list for the mailing tool: confirmed addresses only, decrypted, with the
// consent's time, wording version and language, and each address's one-click unsubscribe URL for
// the List-Unsubscribe header. Streamed in keyset batches by id (memory stays flat); every cell
// goes through stringifyCsv, so no address can run as a spreadsheet formula.
import { Readable } from "node:stream";
import type { PrismaClient } from "@/lib/db/generated/client";
import { stringifyCsv } from "@/lib/exports/stringify-csv";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { newsletterUnsubscribeUrl } from "./newsletter-links";

const columns = ["email", "language", "consented_at", "confirmed_at", "consent_version", "source", "unsubscribe_url"];

async function* newsletterCsvChunks(prisma: PrismaClient, batchSize: number) {
  yield stringifyCsv([columns]);
  let after = "";
  for (;;) {
    const batch = await prisma.newsletterConsent.findMany({
      where: { status: "CONFIRMED", id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, emailEncrypted: true, locale: true, consentedAt: true, confirmedAt: true, consentVersion: true, source: true },
    });
    if (batch.length) {
      yield stringifyCsv(batch.map((c) => [decryptPii(c.emailEncrypted), c.locale, c.consentedAt.toISOString(), c.confirmedAt?.toISOString() ?? "", c.consentVersion, c.source, newsletterUnsubscribeUrl(c.id)]));
    }
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

export function streamNewsletterCsv(prisma: PrismaClient, batchSize = 5000): Readable {
  return Readable.from(newsletterCsvChunks(prisma, batchSize), { objectMode: false, highWaterMark: 1 });
}
