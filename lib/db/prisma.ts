// The app's one Prisma client, over the app's one pg pool. A globalThis singleton so dev-mode
// hot reloads do not open a new pool each time; created on first use so `next build` needs no database.
import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrismaClient } from "./create-prisma-client";
import { getPgPool } from "./pg-pool";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(getPgPool());
  return globalForPrisma.prisma;
}
