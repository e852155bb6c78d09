// CSV of supporters, streamed in keyset batches by id (memory stays flat). Emails and names are
// decrypted only when the caller asks for identities (admins); otherwise the file holds ids only.
import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "../privacy/encrypt-pii";
import { supporterWhere, type SupporterFilter } from "./search-supporters";

type Options = { query?: string; filter: SupporterFilter; withIdentities: boolean; batchSize?: number };

function reveal(ciphertext: string | null): string {
  if (!ciphertext) return "";
  try {
    return decryptPii(ciphertext);
  } catch {
    return "";
  }
}

async function* supporterRows(prisma: PrismaClient, { query, filter, withIdentities, batchSize = 5000 }: Options) {
  const where = await supporterWhere(prisma, query, filter);
  let after: string | undefined;
  for (;;) {
    const batch = await prisma.supporter.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, emailEncrypted: withIdentities, nameEncrypted: withIdentities, country: true, firstGiftAt: true, createdAt: true },
    });
    for (const s of batch) {
      const base = [s.id, s.country ?? "", s.firstGiftAt?.toISOString() ?? "", s.createdAt.toISOString()];
      yield withIdentities ? [...base, reveal(s.emailEncrypted ?? null), reveal(s.nameEncrypted ?? null)] : base;
    }
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

export function streamSupportersCsv(prisma: PrismaClient, options: Options): Readable {
  const columns = ["supporter_id", "country", "first_gift_at", "created_at", ...(options.withIdentities ? ["email", "name"] : [])];
  return Readable.from(supporterRows(prisma, options)).pipe(stringify({ header: true, columns }));
}
