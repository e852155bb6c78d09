// The jobs web requests queue (lib/jobs/request-queues.ts), read from pg-boss's tables, and a
// real worker that runs them: tests see what a request queued, then let the worker do its part.
import pg from "pg";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { requestQueues, type RequestQueue } from "@/lib/jobs/request-queues";
import { waitFor } from "./wait-for";

export type QueuedJob = { data: Record<string, unknown>; state: string };

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query("SELECT to_regclass('pgboss.job') IS NOT NULL AS present");
    return exists.rows[0]?.present ? (await client.query<T>(text, values)).rows : [];
  } finally {
    await client.end();
  }
}

export function queuedJobs(url: string, queue: RequestQueue): Promise<QueuedJob[]> {
  return query<QueuedJob>(url, "SELECT data, state FROM pgboss.job WHERE name = $1 ORDER BY created_on", [queue]);
}

/** Resolves once no job of these queues is waiting or running (pg-boss has completed or failed each). */
export async function waitForJobsToDrain(url: string, queues: readonly string[], timeoutMs = 20_000): Promise<void> {
  const pending = async () => (await query<{ pending: number }>(url, "SELECT count(*)::int AS pending FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')", [[...queues]]))[0]?.pending ?? 0;
  await waitFor(`the ${queues.join(", ")} jobs to drain`, async () => (await pending()) === 0, { timeoutMs, intervalMs: 50 });
}

/** Resolves once no request job is waiting or running. */
export function waitForRequestJobs(url: string, timeoutMs = 20_000): Promise<void> {
  return waitForJobsToDrain(url, requestQueues, timeoutMs);
}

export type RequestWorker = { prisma: PrismaClient; stop: () => Promise<void> };

/** A real pg-boss worker for the request queues only (no cron jobs), on its own pools. */
export async function startRequestWorker(url: string, now: () => Date = () => new Date()): Promise<RequestWorker> {
  const { startWorker } = await import("@/lib/jobs/start-worker");
  const prisma = createPrismaClient(url, 3);
  const worker = await startWorker({ databaseUrl: url, prisma, jobs: [], now, requestPollingIntervalSeconds: 0.5 });
  return {
    prisma,
    async stop() {
      await worker.stop();
      await prisma.$disconnect();
    },
  };
}
