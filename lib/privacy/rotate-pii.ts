// Re-encrypts every supporter, reminder, cancellation-comment and newsletter-consent ciphertext written with a key other than the current
// one (npm run pii:rotate after adding a new key first in PII_ENCRYPTION_KEYS). Rows are read
// and written in batches; a row changed meanwhile is skipped (its ciphertext no longer matches)
// and picked up by the next run. Batches are keyed by id (rotated rows leave the filter, so an
// offset or a cursor on the filtered set would skip rows). Running it twice changes nothing the second time.
import type { PrismaClient } from "../db/generated/client";
import { decryptPii, encryptPii, piiKeyIdOf } from "./encrypt-pii";
import { getPiiKeys } from "./pii-keys";

export type RotationProgress = { supporters: number; reminders: number; cancellationComments: number; newsletterConsents: number };

const stale = (ciphertext: string | null, currentKeyId: string) => ciphertext !== null && piiKeyIdOf(ciphertext) !== currentKeyId;
const reseal = (ciphertext: string | null) => (ciphertext === null ? null : encryptPii(decryptPii(ciphertext)));

export async function rotatePii(prisma: PrismaClient, options: { batchSize?: number; onProgress?: (progress: RotationProgress) => void } = {}): Promise<RotationProgress> {
  const { currentKeyId } = getPiiKeys();
  const batchSize = options.batchSize ?? 500;
  const done: RotationProgress = { supporters: 0, reminders: 0, cancellationComments: 0, newsletterConsents: 0 };
  const notCurrent = { not: { startsWith: `v1.${currentKeyId}.` } };

  for (let cursor: string | undefined; ;) {
    const rows = await prisma.supporter.findMany({
      where: { OR: [{ emailEncrypted: notCurrent }, { nameEncrypted: notCurrent }], ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, emailEncrypted: true, nameEncrypted: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const row of rows) {
      if (!stale(row.emailEncrypted, currentKeyId) && !stale(row.nameEncrypted, currentKeyId)) continue;
      const { count } = await prisma.supporter.updateMany({
        where: { id: row.id, emailEncrypted: row.emailEncrypted, nameEncrypted: row.nameEncrypted },
        data: { emailEncrypted: reseal(row.emailEncrypted), nameEncrypted: reseal(row.nameEncrypted) },
      });
      done.supporters += count;
    }
    options.onProgress?.({ ...done });
    if (rows.length < batchSize) break;
    cursor = rows.at(-1)!.id;
  }

  const byId = (after: string | undefined) => (after ? { id: { gt: after } } : {});
  // One table's ciphertext column: read a batch after the last id, re-seal each row still as read, count what changed.
  const rotateColumn = async <Row extends { id: string }>(counter: Exclude<keyof RotationProgress, "supporters">, read: (after: string | undefined) => Promise<Row[]>, resealRow: (row: Row) => Promise<number>) => {
    for (let after: string | undefined; ;) {
      const rows = await read(after);
      for (const row of rows) done[counter] += await resealRow(row);
      options.onProgress?.({ ...done });
      if (rows.length < batchSize) return;
      after = rows.at(-1)!.id;
    }
  };
  await rotateColumn(
    "reminders",
    (after) => prisma.reminder.findMany({ where: { emailEncrypted: notCurrent, ...byId(after) }, select: { id: true, emailEncrypted: true }, orderBy: { id: "asc" }, take: batchSize }),
    async (row) => (await prisma.reminder.updateMany({ where: { id: row.id, emailEncrypted: row.emailEncrypted }, data: { emailEncrypted: encryptPii(decryptPii(row.emailEncrypted)) } })).count,
  );
  await rotateColumn(
    "cancellationComments",
    (after) => prisma.subscriptionChange.findMany({ where: { reasonCommentEncrypted: notCurrent, ...byId(after) }, select: { id: true, reasonCommentEncrypted: true }, orderBy: { id: "asc" }, take: batchSize }),
    async (row) => (await prisma.subscriptionChange.updateMany({ where: { id: row.id, reasonCommentEncrypted: row.reasonCommentEncrypted }, data: { reasonCommentEncrypted: reseal(row.reasonCommentEncrypted) } })).count,
  );
  await rotateColumn(
    "newsletterConsents",
    (after) => prisma.newsletterConsent.findMany({ where: { emailEncrypted: notCurrent, ...byId(after) }, select: { id: true, emailEncrypted: true }, orderBy: { id: "asc" }, take: batchSize }),
    async (row) => (await prisma.newsletterConsent.updateMany({ where: { id: row.id, emailEncrypted: row.emailEncrypted }, data: { emailEncrypted: encryptPii(decryptPii(row.emailEncrypted)) } })).count,
  );
  return done;
}
