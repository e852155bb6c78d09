// The job worker (npm run worker): pg-boss on the app's PostgreSQL. Each registered job gets a
// queue, a cron schedule and a handler. pg-boss keeps its tables in the "pgboss" schema, and
// every worker instance may run at once: cron fires once per tick across instances, and the
// jobs themselves are safe to run concurrently (see send-due-reminders.ts).
import pg from "pg";
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { jobRegistry, type JobDefinition } from "./job-registry";

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

// Workers starting together deadlock inside pg-boss's createQueue (it creates a partition per
// queue), so queue and schedule creation is serialised by a PostgreSQL advisory lock.
async function createQueuesOnce(databaseUrl: string, boss: PgBoss, jobs: JobDefinition[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('job-worker:create-queues'))");
    for (const job of jobs) {
      if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 2, expireInSeconds: 15 * 60 });
      await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('job-worker:create-queues'))").catch(() => undefined);
    await client.end();
  }
}

export type WorkerOptions = { databaseUrl: string; prisma: PrismaClient; jobs?: JobDefinition[]; now?: () => Date; pollingIntervalSeconds?: number };

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { databaseUrl, prisma, jobs = jobRegistry, now = () => new Date(), pollingIntervalSeconds = 5 } = options;
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error) => logger.error("job worker error", { error: error.message }));
  await boss.start();
  await createQueuesOnce(databaseUrl, boss, jobs);
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds }, async ([queued]) => {
      const started = Date.now();
      const summary = await job.run({ prisma, now });
      logger.info("job done", { job: job.name, jobId: queued?.id, ms: Date.now() - started, ...summary });
    });
  }
  logger.info("job worker started", { jobs: jobs.map((job) => job.name).join(",") });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}
