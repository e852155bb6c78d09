// Gives each integration test file its own database, cloned from the run's migrated template.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";

export type TestDatabase = { url: string; prisma: PrismaClient; drop: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  const runId = process.env.TEST_RUN_ID;
  if (!adminUrl || !template || !runId) throw new Error("integration tests must run through jest's integration project");
  const name = `test_${randomBytes(4).toString("hex")}_${runId}`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const prisma = createPrismaClient(url, 5);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      const cleanup = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
