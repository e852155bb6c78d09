// The app's one Prisma client. A globalThis singleton so dev-mode hot reloads do not open
// a new pool each time; created on first use so `next build` needs no database.
import "server-only";
import type { PrismaClient } from "./generated/client";
import { getConfig } from "../config/env";
import { createPrismaClient } from "./create-prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(getConfig().DATABASE_URL);
  return globalForPrisma.prisma;
}
