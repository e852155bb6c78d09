import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

async function callHealth(databaseUrl: string) {
  let handler: typeof import("@/app/api/health/route").GET | undefined;
  process.env.DATABASE_URL = databaseUrl;
  await jest.isolateModulesAsync(async () => {
    handler = (await import("@/app/api/health/route")).GET;
  });
  const response = await handler!();
  return { status: response.status, body: await response.json() };
}

describe("GET /api/health", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());
  afterEach(async () => {
    const app = globalThis as { prisma?: unknown; appPool?: { end: () => Promise<void> } };
    await app.appPool?.end().catch(() => undefined);
    delete app.prisma;
    delete app.appPool;
  });

  it("answers 200 with the database's answer time when the database answers", async () => {
    const { status, body } = await callHealth(db.url);
    expect(status).toBe(200);
    expect(body.database.status).toBe("up");
    expect(typeof body.database.latencyMs).toBe("number");
  });

  it("answers 503 when the database is unreachable", async () => {
    const { status, body } = await callHealth("postgresql://postgres@127.0.0.1:1/nowhere");
    expect(status).toBe(503);
    expect(body).toEqual({ status: "unavailable", database: { status: "down", error: "the database did not answer" } });
  });
});
