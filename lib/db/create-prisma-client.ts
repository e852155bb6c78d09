// A Prisma client over a database URL (scripts, tests) or over an existing `pg` pool (the app,
// which shares lib/db/pg-pool.ts with its raw-SQL paths). The app uses the singleton in ./prisma.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

export function createPrismaClient(connection: string | pg.Pool, poolSize = 10): PrismaClient {
  const adapter = typeof connection === "string" ? new PrismaPg({ connectionString: connection, max: poolSize, connectionTimeoutMillis: 5_000 }) : new PrismaPg(connection);
  return new PrismaClient({ adapter });
}
