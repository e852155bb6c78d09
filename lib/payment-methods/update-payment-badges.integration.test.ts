import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { getPaymentBadges } from "./get-payment-badges";
import { updatePaymentBadges } from "./update-payment-badges";

// revalidatePath needs a Next request; here it is enough that saving goes through.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

describe("the payment badges staff save", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => db.drop());

  it("offers the defaults before anything is saved", async () => {
    expect(await getPaymentBadges(db.prisma, ["eur", "usd"])).toEqual({ eur: ["card", "apple_pay", "google_pay", "sepa_debit"], usd: ["card", "apple_pay", "google_pay"] });
  });

  it("stores the choice with an audit entry, and the appeal reads it", async () => {
    const saved = await updatePaymentBadges({ eur: ["card", "ideal", "paypal"], usd: ["card"] }, adminId, db.prisma);
    expect(saved).toEqual({ ok: true, badges: { eur: ["card", "ideal", "paypal"], usd: ["card"] } });
    expect(await getPaymentBadges(db.prisma, ["eur", "usd", "gbp"])).toEqual({ eur: ["card", "paypal", "ideal"], usd: ["card"], gbp: ["card", "apple_pay", "google_pay"] });
    expect(await db.prisma.auditLog.count({ where: { actorUserId: adminId, action: "settings.updated", targetId: "payment-badges" } })).toBe(1);
  });

  describe("when a forged form sends a method the currency cannot take", () => {
    it("answers which and why, and stores nothing", async () => {
      const before = await db.prisma.setting.findUnique({ where: { key: "payment-badges" }, select: { value: true } });
      const refused = await updatePaymentBadges({ usd: ["card", "sepa_debit"], eur: ["bitcoin"] }, adminId, db.prisma);
      expect(refused).toEqual({ ok: false, errors: ["USD cannot show SEPA Direct Debit: it does not take USD gifts", 'EUR cannot show "bitcoin": it is not a payment method the appeal knows'] });
      expect(await db.prisma.setting.findUnique({ where: { key: "payment-badges" }, select: { value: true } })).toEqual(before);
      expect(await db.prisma.auditLog.count({ where: { targetId: "payment-badges" } })).toBe(1);
    });
  });
});
