import { catalogues } from "@/lib/i18n/catalogues";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { defaultAppealSettings } from "./default-appeal-settings";
import { getAppealSettings } from "./get-appeal-settings";
import { updateAppealSettings } from "./update-appeal-settings";

// revalidatePath needs a Next request; here it is enough to see that saving asks for it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

describe("appeal settings", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    // The defaults come from the environment's settings, which need a database URL to be valid.
    process.env.DATABASE_URL = db.url;
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => db.drop());

  describe("before staff have saved anything", () => {
    it("gives the defaults", async () => {
      expect(await getAppealSettings(db.prisma)).toEqual(defaultAppealSettings());
    });

    it("offers what the appeal offers from the environment: its presets, bounds, letter and snooze", () => {
      const defaults = defaultAppealSettings();
      expect(Object.keys(defaults.currencies)).toEqual(["usd", "eur", "gbp"]);
      expect(defaults.currencies.usd).toEqual({
        once: [500, 1000, 2500, 5000],
        monthly: [200, 500, 1000, 2000],
        annual: [2500, 5000, 10000, 25000],
        minimum: 200,
        maximum: 1000000,
        feeCover: { basisPoints: 290, fixed: 30 },
      });
      expect(defaults).toMatchObject({
        defaultCurrency: "usd",
        defaultFrequency: "monthly",
        snoozeDays: 7,
        appealHeading: catalogues.en.appeal.defaultHeadline,
        appealText: catalogues.en.appeal.defaultLetter,
        discreetEmail: true,
      });
      expect(defaults.appealTranslations.ru).toMatchObject({ heading: catalogues.ru.appeal.defaultHeadline, letter: catalogues.ru.appeal.defaultLetter });
    });
  });

  it("saves valid settings, reads them back and records who changed them", async () => {
    const defaults = defaultAppealSettings();
    const changed = { ...defaults, snoozeDays: 14, defaultFrequency: "once" as const };
    expect(await updateAppealSettings(db.prisma, changed, adminId)).toEqual({ ok: true, settings: changed });
    expect(await getAppealSettings(db.prisma)).toEqual(changed);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "settings.updated" } });
    expect(audit).toMatchObject({ actorUserId: adminId, targetType: "setting", targetId: "appeal" });
  });

  it("refuses a preset amount outside the bounds and keeps what was saved", async () => {
    const defaults = defaultAppealSettings();
    const usd = { ...defaults.currencies.usd!, monthly: [100] };
    const result = await updateAppealSettings(db.prisma, { ...defaults, currencies: { usd } }, adminId);
    expect(result).toEqual({ ok: false, errors: ["currencies usd once every preset amount must be within the minimum and maximum"] });
    expect((await getAppealSettings(db.prisma)).snoozeDays).toBe(14);
  });

  it("refuses a default currency that is not offered", async () => {
    const result = await updateAppealSettings(db.prisma, { ...defaultAppealSettings(), defaultCurrency: "chf" }, adminId);
    expect(result.ok).toBe(false);
  });
});
