// The embedding settings admins keep in Settings (issue 18): the origins that may embed the appeal
// beyond EMBED_ALLOWED_ORIGINS and the reader's respect, saved with an audit entry, refused whole
// when bad, and read by every reader request through a copy kept a minute at most. The proxy is the
// real one, over the real database.
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { EMBED_ORIGINS_KEY, READER_RESPECT_KEY } from "./embed-settings-schema";
import { EMBED_SETTINGS_TTL_MS, forgetEmbedSettings, loadEmbedAllowedOrigins, loadEmbedSettings } from "./load-embed-settings";
import { readReaderRespectForm } from "./read-reader-respect-form";
import { GIFT_COOKIE, THANKED_COOKIE, WEEK_VIEWS_COOKIE, weekKey } from "./reader-state";
import { updateEmbedOrigins } from "./update-embed-origins";
import { updateReaderRespect } from "./update-reader-respect";

const ENV_ORIGIN = "https://www.newsroom.test";

describe("the embedding settings in Settings", () => {
  let db: TestDatabase;
  let adminId: string;
  let proxy: typeof import("@/proxy").proxy;
  const stored = async (key: string) => (await db.prisma.setting.findUnique({ where: { key } }))?.value ?? null;
  const audits = (targetId: string) => db.prisma.auditLog.count({ where: { action: "settings.updated", targetId } });

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, { DATABASE_URL: db.url, EMBED_ALLOWED_ORIGINS: ENV_ORIGIN, APP_URL: "http://localhost:3000" });
    adminId = (await db.prisma.user.create({ data: { email: "embed-admin@newsroom.test", role: "ADMIN" } })).id;
    proxy = (await import("@/proxy")).proxy;
  });
  afterAll(async () => {
    forgetEmbedSettings();
    await db.drop();
  });

  describe("when an admin adds origins", () => {
    it("stores them normalized, audits the change, and lets them embed at once on this server", async () => {
      const result = await updateEmbedOrigins("https://Partner.Example.org/\nhttps://partner.example.org, https://mirror.example.net:8443", adminId, db.prisma, true);
      expect(result).toEqual({ ok: true, origins: ["https://partner.example.org", "https://mirror.example.net:8443"] });
      expect(await stored(EMBED_ORIGINS_KEY)).toEqual({ origins: ["https://partner.example.org", "https://mirror.example.net:8443"] });
      expect(await audits(EMBED_ORIGINS_KEY)).toBe(1);
      await expect(loadEmbedAllowedOrigins()).resolves.toEqual([ENV_ORIGIN, "https://partner.example.org", "https://mirror.example.net:8443"]);
      const answer = await proxy(new NextRequest("http://localhost:3000/embed/footer"));
      expect(answer.headers.get("content-security-policy")).toContain(`frame-ancestors ${ENV_ORIGIN} https://partner.example.org https://mirror.example.net:8443`);
    });

    it("offers Back to the article only on an allowed origin, the saved ones included", async () => {
      const { readBackUrl } = await import("./article-address");
      const origins = await loadEmbedAllowedOrigins();
      expect(readBackUrl("https://partner.example.org/2026/story", origins)).toBe("https://partner.example.org/2026/story");
      expect(readBackUrl("https://elsewhere.example.com/2026/story", origins)).toBeNull();
    });
  });

  describe("when an admin types something that is not an allowed origin", () => {
    it.each([
      ["a path", "https://news.example.org/articles"],
      ["a wildcard", "https://*.example.org"],
      ["plain http on the internet", "http://news.example.org"],
      ["no scheme", "news.example.org"],
      ["another scheme", "javascript:alert(1)"],
      ["a user name", "https://user@news.example.org"],
      ["a query", "https://news.example.org?x=1"],
    ])("refuses %s with a clear reason and changes nothing", async (_what, typed) => {
      const before = await stored(EMBED_ORIGINS_KEY);
      const auditsBefore = await audits(EMBED_ORIGINS_KEY);
      const result = await updateEmbedOrigins(`https://fine.example.org\n${typed}`, adminId, db.prisma, false);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join(" ")).toMatch(/is not an origin|must use https/);
      expect(await stored(EMBED_ORIGINS_KEY)).toEqual(before);
      expect(await audits(EMBED_ORIGINS_KEY)).toBe(auditsBefore);
    });

    it("allows plain http for localhost and 127.0.0.1 in development only", async () => {
      await expect(updateEmbedOrigins("http://localhost:4000\nhttp://127.0.0.1:4001", adminId, db.prisma, false)).resolves.toMatchObject({ ok: true });
      const refused = await updateEmbedOrigins("http://localhost:4000", adminId, db.prisma, true);
      expect(refused).toEqual({ ok: false, errors: [expect.stringContaining("must use https://")] });
      await updateEmbedOrigins("https://partner.example.org", adminId, db.prisma, true);
    });
  });

  describe("the copy every request reads", () => {
    it("reads the database once a minute at most: another server's save shows once the minute is over", async () => {
      const start = Date.now();
      forgetEmbedSettings();
      expect((await loadEmbedSettings(start)).storedOrigins).toEqual(["https://partner.example.org"]);
      // Another instance saves: this one's copy is not told.
      await db.prisma.setting.update({ where: { key: EMBED_ORIGINS_KEY }, data: { value: { origins: ["https://other.example.org"] } } });
      expect((await loadEmbedSettings(start + EMBED_SETTINGS_TTL_MS - 1)).storedOrigins).toEqual(["https://partner.example.org"]);
      expect((await loadEmbedSettings(start + EMBED_SETTINGS_TTL_MS)).storedOrigins).toEqual(["https://other.example.org"]);
      expect(EMBED_SETTINGS_TTL_MS).toBeLessThanOrEqual(60_000);
      await updateEmbedOrigins("https://partner.example.org", adminId, db.prisma, true);
    });
  });

  describe("the reader's respect", () => {
    const form = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(values)) data.set(name, value);
      return readReaderRespectForm(data);
    };

    it("starts at the defaults: 30, 35 and 370 days of thanks and a cap of 5 views a week", async () => {
      expect((await loadEmbedSettings()).readerRespect).toEqual({ thanksDays: { once: 30, monthly: 35, annual: 370 }, weeklyViewCap: 5 });
    });

    it.each([
      ["zero days", { "thanksDays.once": "0", "thanksDays.monthly": "35", "thanksDays.annual": "370", weeklyViewCap: "5" }, "After a one-time gift, the thank-you period must be at least 1 day"],
      ["a fraction of a day", { "thanksDays.once": "30", "thanksDays.monthly": "1.5", "thanksDays.annual": "370", weeklyViewCap: "5" }, "After a monthly gift, the thank-you period must be a whole number of days"],
      ["a word for days", { "thanksDays.once": "30", "thanksDays.monthly": "35", "thanksDays.annual": "soon", weeklyViewCap: "5" }, "After an annual gift, the thank-you period must be a whole number of days"],
      ["an empty cap", { "thanksDays.once": "30", "thanksDays.monthly": "35", "thanksDays.annual": "370", weeklyViewCap: "" }, "The weekly cap must be a whole number of views"],
      ["more than two years", { "thanksDays.once": "30", "thanksDays.monthly": "35", "thanksDays.annual": "9999", weeklyViewCap: "5" }, "After an annual gift, the thank-you period must be at most 730 days"],
    ])("refuses %s with a clear reason and changes nothing", async (_what, values, message) => {
      const result = await updateReaderRespect(form(values), adminId, db.prisma);
      expect(result).toEqual({ ok: false, errors: [message] });
      expect(await stored(READER_RESPECT_KEY)).toBeNull();
      expect(await audits(READER_RESPECT_KEY)).toBe(0);
    });

    describe("once an admin saves 40 days after a monthly gift and a cap of 2 views", () => {
      beforeAll(async () => {
        const result = await updateReaderRespect(form({ "thanksDays.once": "20", "thanksDays.monthly": "40", "thanksDays.annual": "380", weeklyViewCap: "2" }), adminId, db.prisma);
        expect(result.ok).toBe(true);
      });

      it("stores and audits them", async () => {
        expect(await stored(READER_RESPECT_KEY)).toEqual({ thanksDays: { once: 20, monthly: 40, annual: 380 }, weeklyViewCap: 2 });
        expect(await audits(READER_RESPECT_KEY)).toBe(1);
      });

      it("keeps the banner quiet for a reader who saw the appeal twice this week, from their cookie alone", async () => {
        const request = new NextRequest("http://localhost:3000/embed/banner", { headers: { cookie: `${WEEK_VIEWS_COOKIE}=${weekKey(new Date())}:2; appeal_bucket=3` } });
        expect((await proxy(request)).headers.get("x-middleware-rewrite")).toMatch(/\/embed\/banner\/quiet\/en$/);
        const once = new NextRequest("http://localhost:3000/embed/banner", { headers: { cookie: `${WEEK_VIEWS_COOKIE}=${weekKey(new Date())}:1; appeal_bucket=3` } });
        expect((await proxy(once)).headers.get("x-middleware-rewrite")).toMatch(/\/embed\/banner\/3\/en$/);
      });

      it("thanks a monthly supporter for 40 days, written into the cookie at the gift", async () => {
        const request = new NextRequest("http://localhost:3000/thank-you?session_id=cs_test_1", { headers: { cookie: `${GIFT_COOKIE}=monthly` } });
        const thanked = (await proxy(request)).headers.getSetCookie().find((cookie) => cookie.startsWith(`${THANKED_COOKIE}=`));
        expect(thanked).toContain(`Max-Age=${40 * 86_400}`);
      });
    });
  });
});
