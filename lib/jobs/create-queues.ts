// Creates pg-boss queues (and cron schedules) that do not exist yet. Workers, and app instances
// enqueueing their first job, starting together deadlocked inside pg-boss's createQueue (it
// creates a partition per queue), so creation is serialised by a PostgreSQL advisory lock.
import pg from "pg";
import type PgBoss from "pg-boss";

export type QueueSpec = { name: string; policy: "standard" | "stately"; cron?: string };

export async function createQueues(databaseUrl: string, boss: PgBoss, queues: QueueSpec[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('job-worker:create-queues'))");
    for (const queue of queues) {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { name: queue.name, policy: queue.policy, retryLimit: 2, expireInSeconds: 15 * 60 });
      if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: "UTC" });
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('job-worker:create-queues'))").catch(() => undefined);
    await client.end();
  }
}
