// The job worker (npm run worker): pg-boss on the app's PostgreSQL. Each registered job gets a
// queue and a handler; recurring jobs also get a cron schedule. pg-boss keeps its tables in the
// "pgboss" schema, and every worker instance may run at once: cron fires once per tick across
// instances, a queued job goes to one worker, and the jobs themselves are safe to run
// concurrently (see send-due-reminders.ts and store-reminder-sign-up.ts).
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { createQueues } from "./create-queues";
import { jobRegistry, requestJobRegistry, type JobContext, type JobDefinition, type RequestJobDefinition } from "./job-registry";

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

export type WorkerOptions = {
  databaseUrl: string;
  prisma: PrismaClient;
  jobs?: JobDefinition[];
  requestJobs?: RequestJobDefinition[];
  now?: () => Date;
  pollingIntervalSeconds?: number;
  /** Request jobs are someone waiting for an email: looked for more often than cron jobs. */
  requestPollingIntervalSeconds?: number;
};

// pg-boss waits a polling interval after every fetch, so request jobs are fetched (and run) ten at a time.
const REQUEST_BATCH_SIZE = 10;

async function runRequestBatch(boss: PgBoss, job: RequestJobDefinition, context: JobContext, batch: PgBoss.Job<object>[]): Promise<void> {
  const failed: string[] = [];
  await Promise.all(
    batch.map(async (queued) => {
      const started = Date.now();
      try {
        const outcome = await job.run(context, queued.data);
        logger.info("job done", { job: job.name, jobId: queued.id, ms: Date.now() - started, outcome });
      } catch (error) {
        failed.push(queued.id);
        logger.error("job failed", { job: job.name, jobId: queued.id, error: error instanceof Error ? error.message : String(error) });
      }
    }),
  );
  // The others are completed by pg-boss when this returns; these go back for a retry. No error
  // text is stored with them: it may quote an address.
  if (failed.length > 0) await boss.fail(job.name, failed);
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { databaseUrl, prisma, jobs = jobRegistry, requestJobs = requestJobRegistry, now = () => new Date(), pollingIntervalSeconds = 5, requestPollingIntervalSeconds = 1 } = options;
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error) => logger.error("job worker error", { error: error.message }));
  await boss.start();
  await createQueues(databaseUrl, boss, [...jobs.map((job) => ({ name: job.name, policy: "stately" as const, cron: job.cron })), ...requestJobs.map((job) => ({ name: job.name, policy: "standard" as const }))]);
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds }, async ([queued]) => {
      const started = Date.now();
      const summary = await job.run({ prisma, now });
      logger.info("job done", { job: job.name, jobId: queued?.id, ms: Date.now() - started, ...summary });
    });
  }
  for (const job of requestJobs) {
    await boss.work<object>(job.name, { pollingIntervalSeconds: requestPollingIntervalSeconds, batchSize: REQUEST_BATCH_SIZE }, (batch) => runRequestBatch(boss, job, { prisma, now }, batch));
  }
  logger.info("job worker started", { jobs: [...jobs, ...requestJobs].map((job) => job.name).join(",") });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}
