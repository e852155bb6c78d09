// POST /api/checkout when Stripe does not answer: a clear refusal, never a 500. Its own file, so
// the app's lazily read settings point at this file's database and a closed emulator.
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

describe("POST /api/checkout when the payment provider is down", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator);
    await emulator.close();
  });
  afterAll(async () => db.drop());

  it("answers 503 with a message to JSON and sends a form back to the appeal, keeping the attempt", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const json = await app.postJson({ frequency: "once", amount: "10", currency: "usd" });
    expect(json.status).toBe(503);
    expect(await json.json()).toMatchObject({ error: { code: "checkout_unavailable", field: null } });
    const form = await app.postForm({ frequency: "once", amount_once: "10", currency: "usd" });
    expect(form.status).toBe(303);
    expect(new URL(form.headers.get("location")!).searchParams.get("error")).toBe("checkout_unavailable");
    // The failure is logged with ids only: no client address, no amounts from the body.
    const lines = logged.mock.calls.map((call) => String(call[0]));
    logged.mockRestore();
    expect(lines.some((line) => line.includes("checkout session creation failed") && line.includes("attemptId"))).toBe(true);
    expect(lines.join("\n")).not.toContain("203.0.113.7");
    // The attempts were recorded (the database answered) but have no session.
    expect(await db.prisma.checkoutAttempt.count({ where: { stripeCheckoutSessionId: null } })).toBe(2);
  });
});
