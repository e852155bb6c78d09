// The banner's button (GET /api/embed/open): a press is counted as the banner's click, for its
// variant and article, and the gift it leads to (from the footer appeal or the appeal page) is the
// banner's. The real route and checkout, over a real database and the Stripe emulator.
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { FROM_BANNER_COOKIE } from "@/lib/embed/banner-attribution";

const APP = "https://give.example.org";
const ARTICLE_ORIGIN = "https://news.example.org";
const bannerFrame = (article: string) => `${APP}/embed/banner?article=${encodeURIComponent(article)}&lang=en`;

describe("the banner's button", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let checkout: CheckoutApp;
  let open: (query: string, referer?: string) => Promise<Response>;
  const clicks = (placement: string, variant: string, articlePath: string) => db.prisma.appealCounter.aggregate({ where: { placement, variant, articlePath }, _sum: { clicks: true } }).then((sum) => sum._sum.clicks ?? 0);
  const bannerCookie = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${FROM_BANNER_COOKIE}=`));

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    checkout = await loadCheckoutApp(db, emulator, { EMBED_ALLOWED_ORIGINS: ARTICLE_ORIGIN });
    const { GET } = await import("@/app/api/embed/open/route");
    open = (query, referer) => GET(new Request(`${APP}/api/embed/open?${query}`, { headers: referer ? { referer } : {} }));
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  describe("pressed in a frame the loader opened", () => {
    let answer: Response;
    beforeAll(async () => {
      answer = await open("placement=banner&variant=b&bucket=3&lang=ru&to=footer", bannerFrame(`${ARTICLE_ORIGIN}/news/story`));
    });

    it("counts a click for the banner, its variant and the article", async () => {
      expect(answer.status).toBe(303);
      await expect(clicks("banner", "b", "/news/story")).resolves.toBe(1);
    });

    it("shows the banner again in the frame, without its view beacon, keeping the article for a second press", () => {
      expect(answer.headers.get("location")).toBe(`${APP}/embed/banner/opened-3/ru?article=${encodeURIComponent(`${ARTICLE_ORIGIN}/news/story`)}#loader`);
    });

    it("keeps the banner's claim in a first-party cookie for half an hour", () => {
      expect(bannerCookie(answer)).toMatch(/^appeal_from_banner=variant%3Db%26article%3D%252Fnews%252Fstory; Max-Age=1800; Path=\/; SameSite=Lax; HttpOnly; Secure$/);
    });

    it("gives the banner the gift the footer appeal then starts, counts no second click, and spends the claim", async () => {
      const cookie = bannerCookie(answer)!.split(";")[0]!;
      const footerFrame = `${APP}/embed/footer?article=${encodeURIComponent(`${ARTICLE_ORIGIN}/news/story`)}`;
      const response = await checkout.postForm({ frequency: "monthly", amount: "10", currency: "usd", placement: "footer", variant: "a" }, { cookie, referer: footerFrame });
      expect(response.status).toBe(303);
      const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { placement: true, variant: true, articlePath: true } });
      expect(attempt).toEqual({ placement: "banner", variant: "b", articlePath: "/news/story" });
      await expect(clicks("footer", "a", "/news/story")).resolves.toBe(0);
      await expect(clicks("banner", "b", "/news/story")).resolves.toBe(1);
      expect(response.headers.getSetCookie()).toContain(`${FROM_BANNER_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax; HttpOnly; Secure`);
    });
  });

  it("pressed without the loader, opens the appeal page in the whole window, and its gift is the banner's", async () => {
    const answer = await open("placement=banner&variant=a&bucket=0&lang=en&to=page", `${APP}/embed/banner`);
    expect(answer.headers.get("location")).toBe(`${APP}/?lang=en`);
    await expect(clicks("banner", "a", "")).resolves.toBe(1);
    const cookie = bannerCookie(answer)!.split(";")[0]!;
    const response = await checkout.postJson({ frequency: "once", amount: "15", currency: "usd" }, { cookie });
    expect(response.status).toBe(200);
    const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { placement: true, variant: true, articlePath: true } });
    expect(attempt).toEqual({ placement: "banner", variant: "a", articlePath: null });
  });

  it("leaves a gift with no banner press as it was: the footer's own", async () => {
    const footerFrame = `${APP}/embed/footer?article=${encodeURIComponent(`${ARTICLE_ORIGIN}/news/plain`)}`;
    await checkout.postForm({ frequency: "once", amount: "10", currency: "usd", placement: "footer", variant: "a" }, { referer: footerFrame });
    const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { placement: true, articlePath: true } });
    expect(attempt).toEqual({ placement: "footer", articlePath: "/news/plain" });
    await expect(clicks("footer", "a", "/news/plain")).resolves.toBe(1);
  });

  describe("with forged parts", () => {
    it("refuses a placement other than the banner and counts nothing", async () => {
      for (const placement of ["footer", "sidebar", ""]) {
        const answer = await open(`placement=${placement}&variant=a&bucket=0&lang=en&to=page`);
        expect(answer.status).toBe(400);
        expect(bannerCookie(answer)).toBeUndefined();
      }
      await expect(db.prisma.appealCounter.count({ where: { placement: { not: "banner" }, clicks: { gt: 0 }, articlePath: "" } })).resolves.toBe(0);
    });

    it("stores a forged variant as the baseline and never as given, and keeps a forged bucket out of the frame", async () => {
      const answer = await open("placement=banner&variant=zz&bucket=../x&lang=xx&to=footer", bannerFrame(`${ARTICLE_ORIGIN}/news/forged`));
      expect(answer.headers.get("location")).toBe(`${APP}/?lang=en`);
      await expect(clicks("banner", "a", "/news/forged")).resolves.toBe(1);
      await expect(db.prisma.appealCounter.count({ where: { variant: "zz" } })).resolves.toBe(0);
    });

    it("drops a forged claim cookie: the gift keeps the form's own attribution", async () => {
      const footerFrame = `${APP}/embed/footer?article=${encodeURIComponent(`${ARTICLE_ORIGIN}/news/claimed`)}`;
      const forged = `${FROM_BANNER_COOKIE}=${encodeURIComponent("variant=q&article=<script>")}`;
      await checkout.postForm({ frequency: "once", amount: "10", currency: "usd", placement: "footer", variant: "a" }, { cookie: forged, referer: footerFrame });
      const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { placement: true, articlePath: true } });
      expect(attempt).toEqual({ placement: "footer", articlePath: "/news/claimed" });
    });
  });
});
