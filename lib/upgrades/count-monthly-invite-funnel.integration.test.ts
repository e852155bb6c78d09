import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { countMonthlyInviteFunnel } from "./count-monthly-invite-funnel";

describe("the monthly invitation's funnel", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it("counts offers shown, checkouts started from the invitation and those that became monthly, within the period", async () => {
    const inMarch = new Date("2026-03-10T12:00:00Z");
    const inApril = new Date("2026-04-02T12:00:00Z");
    await db.prisma.funnelEvent.createMany({
      data: [
        { kind: "MONTHLY_OFFER_SHOWN", createdAt: inMarch },
        { kind: "MONTHLY_OFFER_SHOWN", createdAt: inMarch },
        { kind: "MONTHLY_OFFER_SHOWN", createdAt: inMarch },
        { kind: "MONTHLY_OFFER_SHOWN", createdAt: inApril },
        { kind: "SNOOZE", createdAt: inMarch },
      ],
    });
    const attempt = (status: "OPEN" | "COMPLETED", source: string, createdAt: Date, frequency: "MONTHLY" | "ONCE" = "MONTHLY") => ({
      frequency,
      amount: 500,
      currency: "usd",
      source,
      status,
      createdAt,
    });
    await db.prisma.checkoutAttempt.createMany({
      data: [attempt("COMPLETED", "monthly-invite", inMarch), attempt("OPEN", "monthly-invite", inMarch), attempt("COMPLETED", "appeal", inMarch), attempt("COMPLETED", "monthly-invite", inApril)],
    });
    const march = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };
    await expect(countMonthlyInviteFunnel(db.prisma, march)).resolves.toEqual({ shown: 3, accepted: 2, subscribed: 1 });
  });
});
