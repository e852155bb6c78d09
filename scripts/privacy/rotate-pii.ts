// npm run pii:rotate: re-encrypts supporter and reminder identities with the current PII key
// (the first in PII_ENCRYPTION_KEYS). Keep the old key listed until this has run everywhere.
import "dotenv/config";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { getConfig } from "../../lib/config/env";
import { getPiiKeys } from "../../lib/privacy/pii-keys";
import { rotatePii } from "../../lib/privacy/rotate-pii";

async function main() {
  const prisma = createPrismaClient(getConfig().DATABASE_URL, 2);
  try {
    const { currentKeyId } = getPiiKeys();
    const done = await rotatePii(prisma, {
      onProgress: (p) =>
        process.stdout.write(`\r[pii:rotate] ${p.supporters} supporters, ${p.reminders} reminders, ${p.cancellationComments} cancellation comments, ${p.newsletterConsents} newsletter consents re-encrypted`),
    });
    process.stdout.write("\n");
    console.log(`[pii:rotate] done: every identity is now on key "${currentKeyId}" (${done.supporters} supporters, ${done.reminders} reminders changed)`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`[pii:rotate] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
