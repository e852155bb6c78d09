// MRR movements, churn and cancellation reasons on a hand-built history of recurring donations
// (January to March 2026 in dollars, with a distractor in euros): every figure is worked out by
// hand in the comments.
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { countCancellationReasons } from "./count-cancellation-reasons";
import type { DashboardPeriod } from "./dashboard-period";
import { getMonthlyChurn } from "./get-monthly-churn";
import { getMrrMovements } from "./get-mrr-movements";
import { listCancellationComments } from "./list-cancellation-comments";

const endOfMarch = new Date("2026-03-31T12:00:00Z");
const february: DashboardPeriod = { key: "30d", currency: "usd", from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-03-01T00:00:00Z") };
const monthly = (amount: number) => ({ amount, frequency: "MONTHLY" as const });
const annual = (amount: number) => ({ amount, frequency: "ANNUAL" as const });

async function buildHistory(db: TestDatabase) {
  const make = ledgerFactories(db.prisma);
  const supporter = async () => (await make.supporter({ firstGiftAt: "2025-10-01T00:00:00Z" })).id;
  const subscription = (
    supporterId: string,
    charge: { amount: number; frequency: "MONTHLY" | "ANNUAL" },
    startedAt: string,
    more: { status?: "ACTIVE" | "CANCELED"; canceledAt?: string; currency?: string; changes?: "none" } = {},
  ) => make.subscription({ supporterId, ...charge, status: more.status ?? "ACTIVE", startedAt, canceledAt: more.canceledAt, currency: more.currency, changes: more.changes });

  // A: 5.00 a month since December, raised to 8.00 in February (expansion 3.00).
  const a = await subscription(await supporter(), monthly(500), "2025-12-10T10:00:00Z");
  await make.change({ subscriptionId: a.id, kind: "AMOUNT_CHANGED", at: "2026-02-10T10:00:00Z", from: monthly(500), to: monthly(800) });
  // B: 120.00 a year from January (new 10.00), switched to 7.00 a month in March (contraction 3.00).
  const b = await subscription(await supporter(), annual(12000), "2026-01-05T10:00:00Z");
  await make.change({ subscriptionId: b.id, kind: "FREQUENCY_CHANGED", at: "2026-03-03T10:00:00Z", from: annual(12000), to: monthly(700) });
  // C: 10.00 a month since November; set to end in February for a reason, ended 20 February (churned 10.00).
  const cPerson = await supporter();
  const c = await subscription(cPerson, monthly(1000), "2025-11-01T10:00:00Z", { status: "CANCELED", canceledAt: "2026-02-20T10:00:00Z", changes: "none" });
  const reason = { feedback: "too_expensive", commentEncrypted: encryptPii("Prices went up everywhere.") };
  await make.change({ subscriptionId: c.id, kind: "STARTED", at: "2025-11-01T10:00:00Z", to: monthly(1000) });
  await make.change({ subscriptionId: c.id, kind: "CANCEL_SCHEDULED", at: "2026-02-01T10:00:00Z", from: monthly(1000), ...reason });
  await make.change({ subscriptionId: c.id, kind: "CANCELLED", at: "2026-02-20T10:00:00Z", from: monthly(1000), ...reason });
  // D: 3.00 a month from January (new 3.00), paused in February, resumed in March: no movement.
  const d = await subscription(await supporter(), monthly(300), "2026-01-15T10:00:00Z");
  await make.change({ subscriptionId: d.id, kind: "PAUSED", at: "2026-02-01T10:00:00Z", from: monthly(300), to: monthly(300) });
  await make.change({ subscriptionId: d.id, kind: "RESUMED", at: "2026-03-01T10:00:00Z", from: monthly(300), to: monthly(300) });
  // E: C's supporter comes back in March with 4.00 a month (reactivated 4.00).
  const e = await subscription(cPerson, monthly(400), "2026-03-10T10:00:00Z", { changes: "none" });
  await make.change({ subscriptionId: e.id, kind: "REACTIVATED", at: "2026-03-10T10:00:00Z", to: monthly(400) });
  // F, G: 10.00 a year each from February: new 2 × 0.8333 = 1.6667, rounded once to 1.67.
  await subscription(await supporter(), annual(1000), "2026-02-14T10:00:00Z");
  await subscription(await supporter(), annual(1000), "2026-02-20T10:00:00Z");
  // I: 2.00 a month, started and ended in January (new 2.00, churned 2.00).
  await subscription(await supporter(), monthly(200), "2026-01-20T10:00:00Z", { status: "CANCELED", canceledAt: "2026-01-25T10:00:00Z" });
  // J: 5.00 a month since October, set to end in late February, no reason text: still running.
  const j = await subscription(await supporter(), monthly(500), "2025-10-01T10:00:00Z");
  await make.change({ subscriptionId: j.id, kind: "CANCEL_SCHEDULED", at: "2026-02-25T10:00:00Z", from: monthly(500), feedback: "unused" });
  // A distractor in euros.
  await subscription(await supporter(), monthly(9999), "2026-02-02T10:00:00Z", { currency: "eur" });
}

describe("recurring revenue movements and churn on a hand-built history", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    // The settings (and so the PII keys) are valid once a database URL is set.
    process.env.DATABASE_URL = db.url;
    await buildHistory(db);
  });
  afterAll(async () => db.drop());

  it("sums each month's new, reactivated, expansion, contraction and churned monthly equivalents", async () => {
    expect(await getMrrMovements(db.prisma, "usd", endOfMarch, 3)).toEqual([
      { month: "2026-01", new: 1500, reactivated: 0, expansion: 0, contraction: 0, churned: 200, net: 1300 },
      { month: "2026-02", new: 167, reactivated: 0, expansion: 300, contraction: 0, churned: 1000, net: -533 },
      { month: "2026-03", new: 0, reactivated: 400, expansion: 0, contraction: 300, churned: 0, net: 100 },
    ]);
  });

  it("counts churn as donations ended in the month over those running at its start", async () => {
    // January starts with A, C, J; I ends. February starts with A, B, C, D, J; C ends.
    // March starts with A, B, D, F, G, J; none ends.
    expect(await getMonthlyChurn(db.prisma, "usd", endOfMarch, 3)).toEqual([
      { month: "2026-01", runningAtStart: 3, cancelled: 1, rate: 1 / 3 },
      { month: "2026-02", runningAtStart: 5, cancelled: 1, rate: 0.2 },
      { month: "2026-03", runningAtStart: 6, cancelled: 0, rate: 0 },
    ]);
    expect(await getMonthlyChurn(db.prisma, "gbp", endOfMarch, 1)).toEqual([{ month: "2026-03", runningAtStart: 0, cancelled: 0, rate: null }]);
  });

  it("counts each cancelled donation once under its latest reason, and lists the comment once", async () => {
    expect(await countCancellationReasons(db.prisma, february)).toEqual([
      { feedback: "too_expensive", count: 1 },
      { feedback: "unused", count: 1 },
    ]);
    expect(await listCancellationComments(db.prisma, february)).toEqual([{ at: new Date("2026-02-20T10:00:00Z"), feedback: "too_expensive", comment: "Prices went up everywhere." }]);
  });
});
