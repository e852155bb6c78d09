// Fee cover (issue 21): a reader who ticks "Add ... to cover payment fees" is charged the fee once,
// as its own "Payment fees" line for a one-time gift and inside the one recurring price for a
// monthly gift (renewals included), the ledger keeps the fee apart, and the overview shows it.
// Through POST /api/checkout, the Stripe emulator and the ledger's own sync.
import type Stripe from "stripe";
import { getOverviewTotals } from "@/lib/dashboard/get-overview-totals";
import { syncCheckoutSession } from "@/lib/stripe/sync-checkout-session";
import { syncInvoice } from "@/lib/stripe/sync-invoice";
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

describe("covering the payment fees", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let app: CheckoutApp;

  async function give(fields: Record<string, string>): Promise<Stripe.Checkout.Session> {
    const response = await app.postJson({ currency: "eur", ...fields });
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    const session = (await t.stripe.checkout.sessions.list({ limit: 100 })).data.find((candidate) => candidate.url === url)!;
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242", email: "reader@example.org" });
    expect(paid.status).toBe(200);
    await syncCheckoutSession(session.id);
    return paid.body;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    app = await loadCheckoutApp(db, t, { CHECKOUT_CURRENCIES: "eur,usd", CHECKOUT_MAX_AMOUNT: "1000" });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it("charges a one-time gift's fee once, as its own Payment fees line, and keeps it apart in the ledger", async () => {
    const session = await give({ frequency: "once", amount: "10", cover_fees: "on" });
    const lines = (await t.stripe.checkout.sessions.listLineItems(session.id)).data;
    expect(lines.map((line) => [line.description, line.amount_total])).toEqual([
      ["One-time support", 1000],
      ["Payment fees", 59],
    ]);
    expect(session.amount_total).toBe(1059);
    expect((await t.stripe.paymentIntents.retrieve(String(session.payment_intent))).amount).toBe(1059);
    expect(await db.prisma.donation.findFirstOrThrow({ where: { stripeCheckoutSessionId: session.id } })).toMatchObject({ amount: 1059, feeCover: 59, status: "SUCCEEDED" });
  });

  it("puts a monthly gift's fee inside its one recurring price, and every renewal carries it", async () => {
    const session = await give({ frequency: "monthly", amount: "5", cover_fees: "on" });
    const lines = (await t.stripe.checkout.sessions.listLineItems(session.id)).data;
    expect(lines.map((line) => [line.description, line.amount_total])).toEqual([["Monthly support", 500 + 15 + 30]]);
    const subscription = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: String(session.subscription) } });
    expect(subscription).toMatchObject({ amount: 545, feeCover: 45 });

    expect((await t.control(`subscriptions/${session.subscription}/renew`)).status).toBe(200);
    const renewal = (await t.stripe.invoices.list({ subscription: String(session.subscription), limit: 1 })).data[0]!;
    await syncInvoice(renewal.id);
    const donations = await db.prisma.donation.findMany({ where: { subscriptionId: subscription.id }, orderBy: { paidAt: "asc" } });
    expect(donations.map((donation) => [donation.amount, donation.feeCover])).toEqual([
      [545, 45],
      [545, 45],
    ]);
  });

  it("shows the fees covered on the overview, apart from the gifts", async () => {
    const totals = await getOverviewTotals(db.prisma, { key: "30d", currency: "eur", from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) });
    expect(totals.feesCovered).toEqual({ amount: 59 + 45 + 45, gifts: 3 });
  });

  it("refuses fee cover on a gift at the maximum with a clear answer, and records nothing", async () => {
    const attempts = await db.prisma.checkoutAttempt.count();
    const sessions = (await t.stripe.checkout.sessions.list({ limit: 100 })).data.length;
    const response = await app.postJson({ frequency: "once", amount: "1000", currency: "eur", cover_fees: "on" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "fee_above_maximum", field: "amount", message: expect.stringContaining("€1,029.30") } });
    expect(await db.prisma.checkoutAttempt.count()).toBe(attempts);
    expect((await t.stripe.checkout.sessions.list({ limit: 100 })).data.length).toBe(sessions);
  });

  it("never charges a fee the form names: the server computes it, and an unticked box adds none", async () => {
    const forged = await give({ frequency: "once", amount: "20", cover_fees: "on", fee_cover: "5000", feeCoverMinor: "5000" });
    expect(forged.amount_total).toBe(2000 + 58 + 30);
    const plain = await give({ frequency: "once", amount: "20", fee_cover: "5000" });
    expect(plain.amount_total).toBe(2000);
    expect((await t.stripe.checkout.sessions.listLineItems(plain.id)).data).toHaveLength(1);
  });
});
