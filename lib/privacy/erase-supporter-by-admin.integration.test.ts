import { closeAppDatabase, pointAppAtDatabase } from "@/tests/helpers/app-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { encryptPii } from "./encrypt-pii";
import { eraseSupporterByAdmin } from "./erase-supporter-by-admin";

describe("an admin erasing a supporter from their page", () => {
  let db: TestDatabase;
  let adminId: string;
  let supporterId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    // The app's Stripe client is built from the settings, which need a database URL to be valid.
    process.env.DATABASE_URL = db.url;
    await pointAppAtDatabase(db.url, 2);
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
    const make = ledgerFactories(db.prisma);
    supporterId = (await make.supporter({ firstGiftAt: "2026-03-02T10:00:00Z", emailEncrypted: encryptPii("reader@example.org") })).id;
    await make.donation({ supporterId, amount: 1000, paidAt: "2026-03-02T10:00:00Z" });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });

  const identity = () => db.prisma.supporter.findUniqueOrThrow({ where: { id: supporterId }, select: { emailEncrypted: true, erasedAt: true } });

  it("refuses without a choice of what happens at Stripe, and erases nothing", async () => {
    expect(await eraseSupporterByAdmin(adminId, supporterId, { atStripe: null, confirm: "erase" })).toEqual({ ok: false, error: "stripe-choice" });
    expect(await eraseSupporterByAdmin(adminId, supporterId, { atStripe: "refund-everything", confirm: "erase" })).toEqual({ ok: false, error: "stripe-choice" });
    expect(await identity()).toMatchObject({ erasedAt: null, emailEncrypted: expect.any(String) });
  });

  it("refuses until the word erase is typed, and erases nothing", async () => {
    expect(await eraseSupporterByAdmin(adminId, supporterId, { atStripe: "keep", confirm: "yes" })).toEqual({ ok: false, error: "confirm" });
    expect(await identity()).toMatchObject({ erasedAt: null, emailEncrypted: expect.any(String) });
  });

  it("erases the identity and keeps the gift once both are given", async () => {
    expect(await eraseSupporterByAdmin(adminId, supporterId, { atStripe: "keep", confirm: "erase" })).toEqual({ ok: true });
    expect(await identity()).toMatchObject({ erasedAt: expect.any(Date), emailEncrypted: null });
    expect(await db.prisma.donation.count({ where: { supporterId } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "supporter.erase", actorUserId: adminId, targetId: supporterId } })).toBe(1);
  });
});
