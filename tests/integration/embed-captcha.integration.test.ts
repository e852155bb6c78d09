// With the CAPTCHA on, the embedded appeal cannot show it (its frame runs no script): its Continue
// must still lead the reader to give, to the appeal page in the whole window with the choice kept
// and the CAPTCHA there, while POST /api/checkout creates nothing without a passing answer.
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const APP = "https://give.example.org";
const NEWS = "https://news.example.org";
const frame = (article: string) => `${APP}/embed/footer?article=${encodeURIComponent(article)}&lang=ru`;

describe("Continue from the embedded appeal with the CAPTCHA on", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;
  const sessionCount = async () => (await emulator.stripe.checkout.sessions.list({ limit: 100 })).data.length;

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator, { CAPTCHA_PROVIDER: "turnstile", CAPTCHA_SITE_KEY: "site-key", CAPTCHA_SECRET_KEY: "secret-key", EMBED_ALLOWED_ORIGINS: NEWS });
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  it("sends the whole window to the appeal page with the reader's choice and language, counts the click, and creates nothing", async () => {
    const response = await app.postForm({ frequency: "monthly", amount: "10", currency: "eur", lang: "ru", placement: "footer", variant: "a" }, { referer: frame(`${NEWS}/2026/story`) });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin + location.pathname + location.hash).toBe(`${APP}/#give`);
    expect(Object.fromEntries(location.searchParams)).toEqual({ frequency: "monthly", amount: "10", currency: "eur", lang: "ru" });
    // Where the appeal was goes with the reader, to the appeal page's own Continue only (embed-carried-checkout).
    expect(response.headers.get("set-cookie")).toBe(`appeal_carried=footer|a|${encodeURIComponent(`${NEWS}/2026/story`)}; Max-Age=3600; Path=/api/checkout; SameSite=Lax; HttpOnly; Secure`);
    expect(await db.prisma.checkoutAttempt.count()).toBe(0);
    expect(await sessionCount()).toBe(0);
    const counter = await db.prisma.appealCounter.findFirstOrThrow({ where: { placement: "footer", variant: "a", articlePath: "/2026/story" } });
    expect(counter).toMatchObject({ views: 0, clicks: 1, reminderSignUps: 0 });
  });

  it("still refuses the appeal page's own post without an answer", async () => {
    const response = await app.postForm({ frequency: "once", amount: "10", currency: "eur" }, { referer: `${APP}/` });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("captcha_failed");
    expect(await db.prisma.checkoutAttempt.count()).toBe(0);
  });

  it("refuses an embedded post that carries a wrong answer: only a missing one is sent on", async () => {
    const response = await app.postForm({ frequency: "once", amount: "10", currency: "eur", placement: "footer", variant: "a", "cf-turnstile-response": "forged" }, { referer: frame(`${NEWS}/2026/story`) });
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("captcha_failed");
    expect(await db.prisma.checkoutAttempt.count()).toBe(0);
  });

  it("answers a script's JSON post with the CAPTCHA refusal, placement or not", async () => {
    const response = await app.postJson({ frequency: "once", amount: "10", currency: "eur", placement: "footer", variant: "a" }, { referer: frame(`${NEWS}/2026/story`) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("captcha_failed");
    expect(await sessionCount()).toBe(0);
  });
});
