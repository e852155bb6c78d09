import { dashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { getAppealSources, type PlacementSources } from "@/lib/dashboard/get-appeal-sources";
import { applyRetention } from "@/lib/privacy/apply-retention";
import { appealSourcesLedger } from "@/tests/helpers/appeal-sources-ledger";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const period = dashboardPeriod({ period: "30d" }, new Date("2026-11-30T12:00:00Z"));
const retentionPeriods = { webhookPayloadDays: 30, reminderDays: 30, unconfirmedReminderDays: 7, addressHashDays: 30, attributionDays: 90 };

// What the seeded ledger must read as, before and after retention.
const expectedFooter = {
  placement: "footer",
  totals: { views: 2000, clicks: 200, reminderSignUps: 4, gifts: 80, raised: { usd: 75100, eur: 2000 } },
  variants: [
    { variant: "a", views: 1000, clicks: 80, reminderSignUps: 3, gifts: 20, raised: { usd: 15100, eur: 2000 }, comparison: expect.objectContaining({ verdict: "baseline" }) },
    { variant: "b", views: 1000, clicks: 120, reminderSignUps: 1, gifts: 60, raised: { usd: 60000 }, comparison: expect.objectContaining({ verdict: "better" }) },
  ],
  articles: [
    { placement: "footer", variant: "b", articlePath: "/news/one", views: 1000, clicks: 120, reminderSignUps: 1, gifts: 60, raised: { usd: 60000 } },
    { placement: "footer", variant: "a", articlePath: "/news/one", views: 600, clicks: 50, reminderSignUps: 2, gifts: 12, raised: { usd: 11600 } },
    { placement: "footer", variant: "a", articlePath: "/news/two", views: 400, clicks: 30, reminderSignUps: 1, gifts: 8, raised: { usd: 3500, eur: 2000 } },
  ],
};
const expectedBanner = {
  placement: "banner",
  totals: { views: 400, clicks: 24, reminderSignUps: 0, gifts: 6, raised: { usd: 6000 } },
  variants: [
    { variant: "a", views: 200, clicks: 10, reminderSignUps: 0, gifts: 2, raised: { usd: 2000 }, comparison: expect.objectContaining({ verdict: "baseline" }) },
    { variant: "b", views: 200, clicks: 14, reminderSignUps: 0, gifts: 4, raised: { usd: 4000 }, comparison: expect.objectContaining({ verdict: "not yet clear" }) },
  ],
};

describe("the Sources report", () => {
  let db: TestDatabase;
  let sources: PlacementSources[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const ledger = appealSourcesLedger(db.prisma);
    const day = "2026-11-10";
    await ledger.counter({ day, placement: "footer", variant: "a", articlePath: "/news/one", views: 600, clicks: 50, reminderSignUps: 2 });
    await ledger.counter({ day, placement: "footer", variant: "a", articlePath: "/news/two", views: 400, clicks: 30, reminderSignUps: 1 });
    await ledger.counter({ day, placement: "footer", variant: "b", articlePath: "/news/one", views: 1000, clicks: 120, reminderSignUps: 1 });
    await ledger.counter({ day, placement: "banner", variant: "a", articlePath: "/news/one", views: 200, clicks: 10 });
    await ledger.counter({ day, placement: "banner", variant: "b", articlePath: "/news/one", views: 200, clicks: 14 });
    await ledger.counter({ day: "2026-10-20", placement: "footer", variant: "a", articlePath: "/news/one", views: 999, clicks: 99 });

    await ledger.gifts(11, { placement: "footer", variant: "a", articlePath: "/news/one", on: day });
    await ledger.gifts(1, { placement: "footer", variant: "a", articlePath: "/news/one", on: day, status: "PARTIALLY_REFUNDED", amountRefunded: 400 });
    await ledger.gifts(7, { placement: "footer", variant: "a", articlePath: "/news/two", amount: 500, on: day });
    await ledger.gifts(1, { placement: "footer", variant: "a", articlePath: "/news/two", currency: "eur", amount: 2000, on: day });
    await ledger.gifts(60, { placement: "footer", variant: "b", articlePath: "/news/one", on: day });
    await ledger.gifts(2, { placement: "banner", variant: "a", articlePath: "/news/one", on: day });
    await ledger.gifts(4, { placement: "banner", variant: "b", articlePath: "/news/one", on: day });
    // Not in the report: refunded in full, paid before the period, or not from an embedded appeal.
    await ledger.gifts(1, { placement: "footer", variant: "a", articlePath: "/news/one", on: day, status: "REFUNDED", amountRefunded: 1000 });
    await ledger.gifts(1, { placement: "footer", variant: "a", articlePath: "/news/one", on: "2026-10-20" });
    await ledger.gifts(3, { placement: null, on: day });

    await db.prisma.reminder.create({
      data: {
        emailIndex: "i1",
        emailEncrypted: "v1.k.x.y.z",
        remindMonth: "2027-01",
        remindOn: new Date("2027-01-01"),
        cancelTokenHash: "c1",
        status: "SCHEDULED",
        confirmedAt: new Date("2026-11-10T13:00:00Z"),
        placement: "footer",
        variant: "a",
        articlePath: "/news/one",
        createdAt: new Date("2026-11-10T12:00:00Z"),
      },
    });
    sources = await getAppealSources(db.prisma, period);
  });
  afterAll(async () => db.drop());

  it("shows views, clicks, sign-ups, first gifts and money per currency for each placement, variant and article", () => {
    expect(sources.map((s) => s.placement)).toEqual(["banner", "footer"]);
    expect(sources[1]).toEqual(expectedFooter);
    expect(sources[0]).toMatchObject(expectedBanner);
  });

  it("gives each variant a 95% interval of gifts per view and a z-test against variant a", () => {
    const b = sources[1]!.variants[1]!.comparison;
    expect(b.interval!.rate).toBe(0.06);
    expect(b.interval!.low).toBeCloseTo(0.0469, 4);
    expect(b.interval!.high).toBeCloseTo(0.0765, 4);
    expect(b.z).toBeCloseTo(4.6, 1);
    expect(sources[1]!.variants[0]!.comparison.interval!.high).toBeLessThan(b.interval!.low);
  });

  it("says not yet clear for a difference the counts cannot yet carry", () => {
    const banner = sources[0]!.variants;
    expect(banner[1]!.comparison.verdict).toBe("not yet clear");
    expect(banner[0]!.comparison.interval!.high).toBeGreaterThan(banner[1]!.comparison.interval!.low);
  });

  describe("after RETENTION_ATTRIBUTION_DAYS", () => {
    let cleared: number;
    beforeAll(async () => {
      cleared = (await applyRetention(db.prisma, new Date("2027-02-15T12:00:00Z"), retentionPeriods)).attributionsCleared;
    });

    it("clears placement, variant and article from every checkout attempt and reminder past the period", async () => {
      expect(cleared).toBe(88 + 1);
      expect(await db.prisma.checkoutAttempt.count({ where: { OR: [{ placement: { not: null } }, { variant: { not: null } }, { articlePath: { not: null } }] } })).toBe(0);
      expect(await db.prisma.reminder.findFirstOrThrow({ select: { placement: true, variant: true, articlePath: true } })).toEqual({ placement: null, variant: null, articlePath: null });
    });

    it("reads the same figures from the aggregates", async () => {
      const after = await getAppealSources(db.prisma, period);
      expect(after).toEqual(sources);
      expect(after[1]).toEqual(expectedFooter);
    });

    it("does not count the gifts twice when it runs again", async () => {
      expect((await applyRetention(db.prisma, new Date("2027-02-16T12:00:00Z"), retentionPeriods)).attributionsCleared).toBe(0);
      expect(await getAppealSources(db.prisma, period)).toEqual(sources);
    });
  });
});
