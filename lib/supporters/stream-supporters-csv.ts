// CSV of supporters, streamed in keyset batches by id (memory stays flat). Emails and names are
// decrypted only when the caller asks for identities (admins); otherwise the file holds ids only.
import "server-only";
import { Readable } from "node:stream";
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "../privacy/encrypt-pii";
import { supporterWhere, type SupporterFilter } from "./search-supporters";
import { stringifyCsv } from "../exports/stringify-csv";

type Options = { query?: string; filter: SupporterFilter; withIdentities: boolean; batchSize?: number };

function reveal(ciphertext: string | null): string {
  if (!ciphertext) return "";
  try {
    return decryptPii(ciphertext);
  } catch {
    return "";
  }
}

async function* supporterCsvChunks(prisma: PrismaClient, { query, filter, withIdentities, batchSize = 5000 }: Options) {
  yield stringifyCsv([["supporter_id", "first_gift_at", "created_at", ...(withIdentities ? ["email", "name"] : [])]]);
  const where = await supporterWhere(prisma, query, filter);
  let after: string | undefined;
  for (;;) {
    const batch = await prisma.supporter.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, emailEncrypted: withIdentities, nameEncrypted: withIdentities, firstGiftAt: true, createdAt: true },
    });
    // One CSV chunk per batch, not per row.
    if (batch.length) {
      yield stringifyCsv(
        batch.map((s) => {
          const base = [s.id, s.firstGiftAt?.toISOString() ?? "", s.createdAt.toISOString()];
          return withIdentities ? [...base, reveal(s.emailEncrypted ?? null), reveal(s.nameEncrypted ?? null)] : base;
        }),
      );
    }
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

export function streamSupportersCsv(prisma: PrismaClient, options: Options): Readable {
  return Readable.from(supporterCsvChunks(prisma, options), { objectMode: false, highWaterMark: 1 });
}
