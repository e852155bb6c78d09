// Queues a job for the worker from a web request, on the app's own pg pool. The first call in a
// process starts a sending-only pg-boss (no maintenance, no cron: the worker does those) and
// creates the request queues, so the app does not depend on a worker having started first.
import PgBoss from "pg-boss";
import { getConfig } from "@/lib/config/env";
import { getPgPool } from "@/lib/db/pg-pool";
import { logger } from "@/lib/log/logger";
import { createQueues } from "./create-queues";
import { requestQueues, type RequestQueue } from "./request-queues";

const globalForSender = globalThis as unknown as { jobSender?: Promise<PgBoss> };

async function startSender(): Promise<PgBoss> {
  const boss = new PgBoss({ db: { executeSql: (text, values) => getPgPool().query(text, values) }, schema: "pgboss", supervise: false, schedule: false });
  boss.on("error", (error) => logger.error("job sender error", { error: error.message }));
  await boss.start();
  await createQueues(
    getConfig().DATABASE_URL,
    boss,
    requestQueues.map((name) => ({ name, policy: "standard" })),
  );
  return boss;
}

/** retry: how often and how soon a failed job is tried again (pg-boss's queue default: twice, at once). */
export type JobRetry = { limit: number; delaySeconds: number; backoff: boolean };

export async function enqueueJob(queue: RequestQueue, data: Record<string, string | number | null>, retry?: JobRetry): Promise<string> {
  globalForSender.jobSender ??= startSender().catch((error: unknown) => {
    globalForSender.jobSender = undefined;
    throw error;
  });
  const options = retry ? { retryLimit: retry.limit, retryDelay: retry.delaySeconds, retryBackoff: retry.backoff } : {};
  const id = await (await globalForSender.jobSender).send(queue, data, options);
  // pg-boss answers null, not an error, for a queue that does not exist.
  if (!id) throw new Error(`the ${queue} queue did not take the job`);
  return id;
}
