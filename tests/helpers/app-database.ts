// The app's database singletons (lib/db: one pg pool, Prisma over it) live on globalThis, so a
// test can point the app at a database of its own, or at none, and close them when done.
import pg from "pg";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";

const app = globalThis as { prisma?: PrismaClient; appPool?: pg.Pool };

/** Points the app's pg pool and its Prisma client (lib/db) at `url`, closing the previous ones. */
export async function pointAppAtDatabase(url: string, poolSize = 10): Promise<PrismaClient> {
  await closeAppDatabase();
  app.appPool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  app.appPool.on("error", () => undefined);
  app.prisma = createPrismaClient(app.appPool);
  return app.prisma;
}

export async function closeAppDatabase(): Promise<void> {
  await app.prisma?.$disconnect().catch(() => undefined);
  await app.appPool?.end().catch(() => undefined);
  delete app.prisma;
  delete app.appPool;
}
