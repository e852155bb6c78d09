import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { defaultAppealSettings } from "./appeal-settings-schema";
import { getAppealSettings } from "./get-appeal-settings";
import { updateAppealSettings } from "./update-appeal-settings";

describe("appeal settings", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => db.drop());

  it("gives the defaults before staff have saved anything", async () => {
    expect(await getAppealSettings(db.prisma)).toEqual(defaultAppealSettings);
  });

  it("saves valid settings, reads them back and records who changed them", async () => {
    const changed = { ...defaultAppealSettings, snoozeDays: 14, defaultFrequency: "once" as const };
    expect(await updateAppealSettings(db.prisma, changed, adminId)).toEqual({ ok: true, settings: changed });
    expect(await getAppealSettings(db.prisma)).toEqual(changed);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "settings.updated" } });
    expect(audit).toMatchObject({ actorUserId: adminId, targetType: "setting", targetId: "appeal" });
  });

  it("refuses a preset amount outside the bounds and keeps what was saved", async () => {
    const usd = { ...defaultAppealSettings.currencies.usd!, monthly: [100] };
    const result = await updateAppealSettings(db.prisma, { ...defaultAppealSettings, currencies: { usd } }, adminId);
    expect(result).toEqual({ ok: false, errors: ["currencies usd once every preset amount must be within the minimum and maximum"] });
    expect((await getAppealSettings(db.prisma)).snoozeDays).toBe(14);
  });

  it("refuses a default currency that is not offered", async () => {
    const result = await updateAppealSettings(db.prisma, { ...defaultAppealSettings, defaultCurrency: "chf" }, adminId);
    expect(result.ok).toBe(false);
  });
});
