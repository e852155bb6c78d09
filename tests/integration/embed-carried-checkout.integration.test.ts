// With a CAPTCHA on, Continue in the embedded appeal is sent on to the appeal page with a cookie
// that carries where the appeal was (embed-captcha.integration.test.ts). The appeal page's own
// Continue then attributes the gift to it, as if given in the frame, and drops the cookie; a
// forged cookie is read like any other input from a browser: its bad parts are dropped.
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const APP = "https://give.example.org";
const NEWS = "https://news.example.org";

describe("the appeal page's Continue after an embedded Continue was sent on to it", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator, { EMBED_ALLOWED_ORIGINS: NEWS });
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  const give = (attemptKey: string, cookie: string) =>
    app.postForm({ frequency: "monthly", amount: "10", currency: "eur", attempt_key: attemptKey }, { referer: `${APP}/?frequency=monthly`, cookie: `appeal_carried=${cookie}` });

  it("attributes the gift to the embedded appeal, keeps the way back to the article, and drops the cookie", async () => {
    const response = await give("carried000000000000000001", `footer|b|${encodeURIComponent(`${NEWS}/2026/story`)}`);
    expect(response.status).toBe(303);
    const attempt = await db.prisma.checkoutAttempt.findUniqueOrThrow({ where: { id: "carried000000000000000001" } });
    expect(attempt).toMatchObject({ placement: "footer", variant: "b", articlePath: "/2026/story" });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toContain(`appeal_back=${encodeURIComponent(`${NEWS}/2026/story`)}; Max-Age=86400; Path=/; SameSite=Lax; HttpOnly; Secure`);
    expect(cookies).toContain("appeal_carried=; Max-Age=0; Path=/api/checkout; SameSite=Lax; HttpOnly; Secure");
    // The click was counted when the frame's Continue was sent on, not again here.
    expect(await db.prisma.appealCounter.count()).toBe(0);
  });

  it("drops a forged carried placement with the rest, and a forged variant or article on its own", async () => {
    await give("carried000000000000000002", `sidebar|a|${encodeURIComponent("/news/one")}`);
    await give("carried000000000000000003", `banner|z|${encodeURIComponent("https://evil.example/phish?reader=42")}`);
    await give("carried000000000000000004", "%E0%A4%A");
    const attempts = await db.prisma.checkoutAttempt.findMany({ where: { id: { in: ["carried000000000000000002", "carried000000000000000003", "carried000000000000000004"] } }, orderBy: { id: "asc" } });
    expect(attempts.map(({ placement, variant, articlePath }) => ({ placement, variant, articlePath }))).toEqual([
      { placement: null, variant: null, articlePath: null },
      { placement: "banner", variant: null, articlePath: "/phish" },
      { placement: null, variant: null, articlePath: null },
    ]);
  });
});
