// A plain `pg` pool beside Prisma, for the few paths that move many rows (CSV exports): rows
// come back as arrays, without per-row object mapping. Created on first use, like getPrisma().
import "server-only";
import pg from "pg";
import { getConfig } from "../config/env";

const globalForPool = globalThis as unknown as { exportPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPool.exportPool ??= new pg.Pool({ connectionString: getConfig().DATABASE_URL, max: 4, connectionTimeoutMillis: 5_000 });
  return globalForPool.exportPool;
}
