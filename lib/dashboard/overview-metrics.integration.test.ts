import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { countReminderFunnel } from "@/lib/reminders/count-reminder-funnel";
import type { DashboardPeriod } from "./dashboard-period";
import { getDailyRaised } from "./get-daily-raised";
import { getMonthlyRecurringRevenue } from "./get-monthly-recurring-revenue";
import { getOverviewTotals } from "./get-overview-totals";
import { getRetentionCohorts } from "./get-retention-cohorts";
import { listFailedRenewals } from "./list-failed-renewals";

const march: DashboardPeriod = { key: "30d", currency: "usd", from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };
const endOfMarch = new Date("2026-03-31T12:00:00Z");

// A hand-built ledger for March 2026 in dollars, with distractors in other months and currencies.
async function buildLedger(db: TestDatabase) {
  const make = ledgerFactories(db.prisma);
  const a = await make.supporter({ firstGiftAt: "2026-03-02T10:00:00Z" });
  await make.donation({ supporterId: a.id, amount: 1000, paidAt: "2026-03-02T10:00:00Z" });
  await make.donation({ supporterId: a.id, amount: 2000, paidAt: "2026-03-25T10:00:00Z", status: "DISPUTED" });
  await make.donation({ supporterId: a.id, amount: 999, paidAt: "2026-04-02T10:00:00Z" });

  const b = await make.supporter({ firstGiftAt: "2026-01-10T09:00:00Z" });
  const bSub = await make.subscription({ supporterId: b.id, amount: 500, frequency: "MONTHLY", status: "ACTIVE", startedAt: "2026-01-10T09:00:00Z" });
  for (const paidAt of ["2026-01-10T09:00:00Z", "2026-02-10T09:00:00Z", "2026-03-10T09:00:00Z"]) {
    await make.donation({ supporterId: b.id, subscriptionId: bSub.id, amount: 500, frequency: "MONTHLY", paidAt });
  }

  const c = await make.supporter({ firstGiftAt: "2026-03-05T08:00:00Z" });
  const cSub = await make.subscription({ supporterId: c.id, amount: 2400, frequency: "ANNUAL", status: "ACTIVE", startedAt: "2026-03-05T08:00:00Z" });
  await make.donation({ supporterId: c.id, subscriptionId: cSub.id, amount: 2400, amountRefunded: 400, status: "PARTIALLY_REFUNDED", frequency: "ANNUAL", paidAt: "2026-03-05T08:00:00Z" });

  const d = await make.supporter({ firstGiftAt: "2026-02-01T12:00:00Z" });
  const dSub = await make.subscription({ supporterId: d.id, amount: 300, frequency: "MONTHLY", status: "CANCELED", startedAt: "2026-02-01T12:00:00Z", canceledAt: "2026-03-15T12:00:00Z" });
  for (const paidAt of ["2026-02-01T12:00:00Z", "2026-03-01T12:00:00Z"]) {
    await make.donation({ supporterId: d.id, subscriptionId: dSub.id, amount: 300, frequency: "MONTHLY", paidAt });
  }

  const e = await make.supporter({ firstGiftAt: "2026-03-20T12:00:00Z" });
  await make.donation({ supporterId: e.id, amount: 5000, amountRefunded: 5000, status: "REFUNDED", paidAt: "2026-03-20T12:00:00Z" });
  await make.donation({ supporterId: e.id, amount: 700, currency: "eur", paidAt: "2026-03-21T12:00:00Z" });

  const f = await make.supporter({ firstGiftAt: "2025-12-01T12:00:00Z" });
  const fSub = await make.subscription({
    supporterId: f.id,
    amount: 1000,
    frequency: "MONTHLY",
    status: "PAST_DUE",
    startedAt: "2025-12-01T12:00:00Z",
    lastFailureReason: "Your card was declined.",
    lastFailureAt: "2026-03-01T12:00:00Z",
  });
  for (const paidAt of ["2025-12-01T12:00:00Z", "2026-01-01T12:00:00Z", "2026-02-01T12:00:00Z"]) {
    await make.donation({ supporterId: f.id, subscriptionId: fSub.id, amount: 1000, frequency: "MONTHLY", paidAt });
  }
  await make.donation({ supporterId: f.id, subscriptionId: fSub.id, amount: 1000, frequency: "MONTHLY", status: "FAILED", paidAt: "2026-03-01T12:00:00Z" });

  for (const [createdAt, status, currency] of [
    ["2026-03-02T09:59:00Z", "COMPLETED", "usd"],
    ["2026-03-03T10:00:00Z", "EXPIRED", "usd"],
    ["2026-03-05T07:59:00Z", "COMPLETED", "usd"],
    ["2026-03-06T10:00:00Z", "OPEN", "usd"],
    ["2026-03-21T11:59:00Z", "COMPLETED", "eur"],
    ["2026-02-20T10:00:00Z", "COMPLETED", "usd"],
  ] as const) {
    await make.checkoutAttempt({ createdAt, status, currency });
  }

  await db.prisma.funnelEvent.createMany({
    data: [
      ...["03-01", "03-09", "03-30"].map((day) => ({ kind: "SNOOZE" as const, createdAt: new Date(`2026-${day}T10:00:00Z`) })),
      { kind: "SNOOZE", createdAt: new Date("2026-02-27T10:00:00Z") },
      { kind: "REMINDER_SIGNUP", createdAt: new Date("2026-03-04T10:00:00Z") },
      { kind: "REMINDER_SIGNUP", createdAt: new Date("2026-03-08T10:00:00Z") },
      { kind: "REMINDER_CONFIRMED", createdAt: new Date("2026-03-08T11:00:00Z") },
    ],
  });
}

describe("the overview's metrics on a hand-built ledger", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await buildLedger(db);
  });
  afterAll(async () => db.drop());

  it("counts what was raised and kept in the period and currency, excluding refunds and disputes", async () => {
    const totals = await getOverviewTotals(db.prisma, march);
    expect(totals).toMatchObject({
      raised: 3800,
      gifts: 4,
      averageGift: 950,
      once: { raised: 1000, gifts: 1 },
      recurring: { raised: 2800, gifts: 3 },
    });
  });

  it("counts new supporters by first gift and active recurring supporters by frequency", async () => {
    const totals = await getOverviewTotals(db.prisma, march);
    expect(totals.newSupporters).toBe(3);
    expect(totals.activeRecurring).toEqual({ monthly: 1, annual: 1 });
  });

  it("adds monthly amounts and a twelfth of annual ones into monthly recurring revenue", async () => {
    expect((await getOverviewTotals(db.prisma, march)).monthlyRecurringRevenue).toBe(500 + 200);
  });

  it("counts recurring donations started and cancelled in the period", async () => {
    const totals = await getOverviewTotals(db.prisma, march);
    expect([totals.recurringStarted, totals.recurringCancelled]).toEqual([1, 1]);
  });

  it("reports checkout attempts and completions in the period and currency", async () => {
    expect((await getOverviewTotals(db.prisma, march)).checkout).toEqual({ attempts: 4, completed: 2 });
  });

  it("lists past-due renewals with Stripe's decline reason", async () => {
    const { total, renewals } = await listFailedRenewals(db.prisma, "usd");
    expect(total).toBe(1);
    expect(renewals[0]).toMatchObject({ amount: 1000, frequency: "MONTHLY", lastFailureReason: "Your card was declined." });
    expect((await listFailedRenewals(db.prisma, "eur")).total).toBe(0);
  });

  it("counts the reminder funnel by kind within the period", async () => {
    const funnel = await countReminderFunnel(db.prisma, march);
    expect(funnel).toMatchObject({ snoozes: 3, signUps: 2, confirmations: 1, sends: 0, clicks: 0 });
  });

  it("counts as given after a reminder only the gifts that were paid, and only what was kept of them", async () => {
    const make = ledgerFactories(db.prisma);
    const gifts = [
      { status: "SUCCEEDED", amount: 1500, amountRefunded: 0 },
      { status: "PARTIALLY_REFUNDED", amount: 2000, amountRefunded: 500 },
      { status: "FAILED", amount: 9000, amountRefunded: 0 },
      { status: "REFUNDED", amount: 7000, amountRefunded: 7000 },
    ] as const;
    for (const gift of gifts) {
      const attempt = await make.checkoutAttempt({ createdAt: "2026-03-10T10:00:00Z", status: "COMPLETED", currency: "gbp", source: "reminder" });
      await make.donation({ supporterId: null, currency: "gbp", paidAt: "2026-03-11T10:00:00Z", checkoutAttemptId: attempt.id, ...gift });
    }
    const funnel = await countReminderFunnel(db.prisma, march);
    expect(funnel.donatedByCurrency.filter((row) => row.currency === "gbp")).toEqual([{ currency: "gbp", amount: 3000 }]);
    expect(funnel.donations).toBe(2);
  });

  it("gives one entry per day of the period, with one-time and recurring money apart", async () => {
    const days = await getDailyRaised(db.prisma, march);
    expect(days).toHaveLength(31);
    expect(days[0]).toEqual({ day: "2026-03-01", once: 0, recurring: 300 });
    expect(days.filter((d) => d.once + d.recurring > 0)).toEqual([
      { day: "2026-03-01", once: 0, recurring: 300 },
      { day: "2026-03-02", once: 1000, recurring: 0 },
      { day: "2026-03-05", once: 0, recurring: 2000 },
      { day: "2026-03-10", once: 0, recurring: 500 },
    ]);
  });

  it("gives recurring revenue for each of the last twelve months, empty months as zero", async () => {
    const months = await getMonthlyRecurringRevenue(db.prisma, "usd", endOfMarch);
    expect(months.map((m) => m.month)).toEqual(["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    expect(months.slice(-4)).toEqual([
      { month: "2025-12", monthly: 1000, annual: 0 },
      { month: "2026-01", monthly: 1500, annual: 0 },
      { month: "2026-02", monthly: 1800, annual: 0 },
      { month: "2026-03", monthly: 800, annual: 2000 },
    ]);
  });

  it("tells, for each month of first gifts, how many gave again in each later month", async () => {
    const cohorts = await getRetentionCohorts(db.prisma, endOfMarch);
    expect(cohorts).toEqual([
      { month: "2025-12", supporters: 1, gaveAgain: [1, 1, 0] },
      { month: "2026-01", supporters: 1, gaveAgain: [1, 1] },
      { month: "2026-02", supporters: 1, gaveAgain: [1] },
      { month: "2026-03", supporters: 3, gaveAgain: [] },
    ]);
  });
});
