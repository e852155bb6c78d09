// npm run worker: runs the recurring jobs (lib/jobs/job-registry.ts) until SIGINT/SIGTERM.
import "dotenv/config";
import { getConfig } from "../lib/config/env";
import { createPrismaClient } from "../lib/db/create-prisma-client";
import { startWorker } from "../lib/jobs/start-worker";

async function main() {
  const { DATABASE_URL } = getConfig();
  const prisma = createPrismaClient(DATABASE_URL, 5);
  const worker = await startWorker({ databaseUrl: DATABASE_URL, prisma });
  console.log("[worker] running jobs; Ctrl-C stops");
  const stop = async () => {
    await worker.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`[worker] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
