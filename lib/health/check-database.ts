import "server-only";
import { getPrisma } from "../db/prisma";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; latencyMs: number; error: string };

/** Asks the database a trivial question, with a deadline so a hung server cannot hang the probe. */
export async function checkDatabase(timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([getPrisma().$queryRaw`SELECT 1`, deadline]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "unknown error";
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}
