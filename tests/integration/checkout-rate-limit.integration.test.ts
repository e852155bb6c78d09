// The checkout rate limit lives in PostgreSQL: separate app processes, each with its own pool,
// spend from one budget per client.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createPostgresRateLimiter, type RateDecision } from "@/lib/security/create-postgres-rate-limiter";
import { loadCheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

async function consumeInChildProcess(databaseUrl: string, clientHash: string, count: number, points: number): Promise<RateDecision[]> {
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/helpers/consume-checkout-rate.ts", databaseUrl, clientHash, String(count), String(points)], { cwd: root });
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as RateDecision);
}

describe("the checkout rate limit", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  describe("when two app processes share one database", () => {
    it("counts a client's attempts in both against one budget", async () => {
      const first = await consumeInChildProcess(db.url, "client-a", 3, 5);
      const second = await consumeInChildProcess(db.url, "client-a", 3, 5);
      expect(first.map((d) => d.allowed)).toEqual([true, true, true]);
      expect(second.map((d) => d.allowed)).toEqual([true, true, false]);
      const refused = second[2]!;
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    }, 60_000);

    it("keeps every client's budget apart, in two pools at the same time", async () => {
      const poolA = new pg.Pool({ connectionString: db.url, max: 2 });
      const poolB = new pg.Pool({ connectionString: db.url, max: 2 });
      const limiterA = createPostgresRateLimiter(poolA, { keyPrefix: "checkout", points: 4, windowSeconds: 600 });
      const limiterB = createPostgresRateLimiter(poolB, { keyPrefix: "checkout", points: 4, windowSeconds: 600 });
      const decisions = await Promise.all([...Array(3)].flatMap(() => [limiterA.consume("client-b"), limiterB.consume("client-b")]));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(4);
      expect((await limiterA.consume("client-c")).allowed).toBe(true);
      const keys = await poolA.query<{ key: string }>("SELECT key FROM rate_limit_bucket ORDER BY key");
      expect(keys.rows.map((row) => row.key)).toEqual(["checkout:client-a", "checkout:client-b", "checkout:client-c"]);
      await poolA.end();
      await poolB.end();
    });
  });

  describe("when a client goes over the limit on POST /api/checkout", () => {
    it("answers 429 with Retry-After, creates no more sessions, and stores only a hash of the address", async () => {
      const app = await loadCheckoutApp(db, emulator, { CHECKOUT_RATE_LIMIT_POINTS: "2", CHECKOUT_RATE_LIMIT_WINDOW_SECONDS: "60" });
      const body = { frequency: "once", amount: "10", currency: "usd" };
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await app.postJson(body, { "x-forwarded-for": "198.51.100.23" })).status);
      const limited = await app.postJson(body, { "x-forwarded-for": "198.51.100.23" });
      expect([...statuses, limited.status]).toEqual([200, 200, 429, 429]);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ error: { code: "rate_limited", field: null } });
      expect((await emulator.stripe.checkout.sessions.list({ limit: 100 })).data).toHaveLength(2);
      expect((await app.postJson(body, { "x-forwarded-for": "198.51.100.99" })).status).toBe(200);

      const form = await app.postForm({ frequency: "once", amount_once: "10", currency: "usd" }, { "x-forwarded-for": "198.51.100.23" });
      expect(form.status).toBe(429);
      expect(await form.text()).toContain("too many attempts");
      const rows = await db.prisma.$queryRawUnsafe<{ key: string }[]>("SELECT key FROM rate_limit_bucket");
      expect(JSON.stringify(rows)).not.toContain("198.51.100");
    });
  });
});
