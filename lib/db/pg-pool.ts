// The app's one `pg` pool. Prisma runs over it (lib/db/prisma.ts), and the few paths where
// Prisma's per-query cost shows query it directly: the webhook intake and checkout creation
// (about 0.1 ms of CPU per statement here against 0.25-0.45 ms through Prisma, measured with
// scripts on this pool) and the CSV exports (rows as arrays, no per-row object mapping).
// Created on first use, so `next build` needs no database.
import "server-only";
import pg from "pg";
import { getConfig } from "../config/env";

const globalForPool = globalThis as unknown as { appPool?: pg.Pool };

export const APP_POOL_SIZE = 10;

export function getPgPool(): pg.Pool {
  if (!globalForPool.appPool) {
    const pool = new pg.Pool({ connectionString: getConfig().DATABASE_URL, max: APP_POOL_SIZE, connectionTimeoutMillis: 5_000 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    pool.on("error", () => undefined);
    globalForPool.appPool = pool;
  }
  return globalForPool.appPool;
}
