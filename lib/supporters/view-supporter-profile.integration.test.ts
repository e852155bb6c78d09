import { closeAppDatabase, pointAppAtDatabase } from "@/tests/helpers/app-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { viewSupporterProfile } from "./view-supporter-profile";

describe("viewing a supporter's profile", () => {
  let db: TestDatabase;
  let staffId: string;
  let supporterId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await pointAppAtDatabase(db.url, 2);
    staffId = (await db.prisma.user.create({ data: { email: "viewer@newsroom.test", role: "VIEWER" } })).id;
    const make = ledgerFactories(db.prisma);
    supporterId = (await make.supporter({ firstGiftAt: "2026-03-02T10:00:00Z" })).id;
    await make.donation({ supporterId, amount: 1000, paidAt: "2026-03-02T10:00:00Z" });
    await make.donation({ supporterId, amount: 2400, amountRefunded: 400, status: "PARTIALLY_REFUNDED", paidAt: "2026-03-05T10:00:00Z" });
    await make.donation({ supporterId, amount: 5000, amountRefunded: 5000, status: "REFUNDED", paidAt: "2026-03-06T10:00:00Z" });
    await make.donation({ supporterId, amount: 2000, status: "DISPUTED", paidAt: "2026-03-07T10:00:00Z" });
    await make.donation({ supporterId, amount: 900, status: "FAILED", paidAt: "2026-03-08T10:00:00Z" });
    await make.donation({ supporterId, amount: 700, currency: "eur", paidAt: "2026-03-09T10:00:00Z" });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });

  it("gives what they gave per currency, net of refunds, counting neither disputed, refunded nor failed payments", async () => {
    const profile = await viewSupporterProfile(staffId, supporterId);
    expect(profile?.given).toEqual([
      { currency: "eur", amount: 700, gifts: 1 },
      { currency: "usd", amount: 3000, gifts: 2 },
    ]);
    expect(profile?.timeline.filter((entry) => entry.kind === "donation")).toHaveLength(6);
  });

  it("records who viewed whom in the audit log", async () => {
    await viewSupporterProfile(staffId, supporterId);
    const views = await db.prisma.auditLog.findMany({ where: { action: "supporter.viewed", targetId: supporterId } });
    expect(views.length).toBeGreaterThan(0);
    expect(views.every((view) => view.actorUserId === staffId)).toBe(true);
  });

  it("finds nobody for an unknown id and records nothing", async () => {
    const before = await db.prisma.auditLog.count();
    expect(await viewSupporterProfile(staffId, "no-such-supporter")).toBeNull();
    expect(await db.prisma.auditLog.count()).toBe(before);
  });
});
