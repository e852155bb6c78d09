// Demo data for `npm run dev`: runs once (skipped when the ledger already has donations).
// The demo ledger is built by lib/dev/seed-demo-ledger.ts so the dashboard has something to say.
import "dotenv/config";
import { createPrismaClient } from "../lib/db/create-prisma-client";
import { seedDemoLedger } from "../lib/dev/seed-demo-ledger";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const prisma = createPrismaClient(url, 4);
  try {
    const existing = await prisma.donation.count();
    if (existing > 0) {
      console.log(`[seed] ledger already has ${existing} donations: leaving it as it is`);
      return;
    }
    const summary = await seedDemoLedger(prisma, { supporters: 400, now: new Date() });
    console.log(`[seed] demo ledger: ${summary.supporters} supporters, ${summary.donations} donations, ${summary.subscriptions} recurring`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error("[seed]", error instanceof Error ? error.message : error);
  process.exit(1);
});
