// A property test: whatever arrives at POST /api/checkout, it never answers 5xx, every refusal to
// a JSON client has the documented error shape, and only accepted requests make sessions.
import fc from "fast-check";
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const value = fc.oneof(
  fc.constantFrom("once", "monthly", "annual", "ONCE", "weekly", "usd", "EUR", "gbp", "jpy", "xxx", "10", "2", "1.999", "-1", "0", "1e3", "10000.01", " 12.50 ", ""),
  fc.string({ maxLength: 80 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const fields = fc.record({ frequency: value, amount: value, currency: value, other_amount: value, source: value, attempt_key: value, website: fc.constantFrom("", "x") }, { requiredKeys: [] });

// Mostly-valid gifts with random extras, so that accepted requests are exercised too.
const likelyGift = fc.record({
  frequency: fc.constantFrom("once", "monthly", "annual", "Monthly"),
  amount: fc.oneof(fc.integer({ min: 0, max: 20_000 }).map(String), fc.constantFrom("2", "12.50", "9999.99", "0.5")),
  currency: fc.constantFrom("usd", "EUR", "gbp", "chf"),
  source: value,
  attempt_key: value,
});

const request = fc.oneof(
  likelyGift.map((body) => ({ body: JSON.stringify(body), type: "application/json", json: true })),
  fields.map((body) => ({ body: JSON.stringify(body), type: "application/json", json: true })),
  fields.map((body) => ({ body: new URLSearchParams(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])).toString(), type: "application/x-www-form-urlencoded", json: false })),
  fc.string({ maxLength: 300 }).map((body) => ({ body, type: "application/json", json: true })),
  fc.string({ maxLength: 300 }).map((body) => ({ body, type: "application/x-www-form-urlencoded", json: false })),
  fc.tuple(fc.string({ maxLength: 40 }), fc.constantFrom("text/plain", "multipart/form-data; boundary=x", "application/xml", "")).map(([body, type]) => ({ body, type, json: false })),
);

describe("POST /api/checkout under random input", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator);
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  it("never answers 5xx to 1,000 random bodies, and refuses with the documented shape", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ body, type, json }) => {
        const headers: Record<string, string> = { "content-type": type };
        if (json) headers.accept = "application/json";
        const response = await app.post(body, headers);
        expect(response.status).toBeLessThan(500);
        if (response.status === 200 || (response.status === 303 && !response.headers.get("location")?.includes("error="))) accepted += 1;
        if (json && response.status >= 400) {
          const answer = (await response.json()) as { error: { code: unknown; message: unknown; field: unknown } };
          expect(typeof answer.error.code).toBe("string");
          expect(typeof answer.error.message).toBe("string");
          expect(answer.error.field === null || ["frequency", "amount", "currency"].includes(String(answer.error.field))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(50);
    const sessions = await db.prisma.checkoutAttempt.count({ where: { stripeCheckoutSessionId: { not: null } } });
    expect(sessions).toBe(accepted);
  }, 240_000);
});
