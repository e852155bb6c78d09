import { execFile } from "node:child_process";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const run = promisify(execFile);
const migrate = path.join(__dirname, "../../scripts/db/migrate.mjs");

describe("the migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it("yield exactly the schema in schema.prisma (no drift)", async () => {
    const { stdout } = await run(process.execPath, [migrate, "--check"], { env: { ...process.env, DATABASE_URL: db.url } });
    expect(stdout).toContain("no drift");
  });

  it("report drift when schema.prisma is edited without a migration", async () => {
    const schema = await readFile(path.join(__dirname, "../../prisma/schema.prisma"), "utf8");
    const dir = await mkdtemp(path.join(os.tmpdir(), "drift-"));
    const edited = path.join(dir, "schema.prisma");
    await writeFile(edited, schema.replace("model Supporter {", "model Supporter {\n  nickname String?"));
    const attempt = run(process.execPath, [migrate, "--check"], {
      env: { ...process.env, DATABASE_URL: db.url, PRISMA_SCHEMA_PATH: edited },
    });
    await expect(attempt).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('ADD COLUMN     "nickname" TEXT') });
  });

  it("leave a database that records every migration as applied", async () => {
    const rows = await db.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
    const { stdout } = await run(process.execPath, [migrate], { env: { ...process.env, DATABASE_URL: db.url } });
    expect(stdout).toContain("database is up to date");
  });
});
