// Each reader journey runs once through the Stripe emulator; its events, read back from the
// Events API, are then delivered to the webhook route in many orders (every order for small
// sets, 200 shuffles with duplicates for larger ones). The ledger must end the same each time.
import type Stripe from "stripe";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { deliveryOrders } from "@/tests/helpers/event-orders";
import { ledgerSnapshot, resetLedger, type LedgerSnapshot } from "@/tests/helpers/ledger-snapshot";
import { recordedEvents, scenarios } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(600_000); // 200 shuffles of a renewal journey take about a minute on two shared cores

const secret = "whsec_ledger_scenarios";
const ORDERS = Number(process.env.LEDGER_ORDERS ?? 200);

describe("the supporter ledger, whatever the order of Stripe's events", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  async function deliver(events: Stripe.Event[]) {
    for (const event of events) {
      const response = await route(signedWebhookRequest(event, { secret }));
      if (response.status !== 200) throw new Error(`${event.type} ${event.id} answered ${response.status}: ${await response.text()}`);
    }
  }

  /** Runs the journey, then delivers its handled events in every order; returns the one ledger. */
  async function ledgerAfter(name: keyof typeof scenarios): Promise<{ ledger: LedgerSnapshot; events: Stripe.Event[]; orders: number }> {
    t.emulator.reset();
    await resetLedger(db.prisma);
    await db.prisma.checkoutAttempt.deleteMany();
    await scenarios[name]!({ t, prisma: db.prisma });
    const events = (await recordedEvents(t)).filter((event) => isHandledEventType(event.type));
    const orders = deliveryOrders(events, ORDERS);
    let first: LedgerSnapshot | undefined;
    for (const order of orders) {
      await resetLedger(db.prisma);
      await deliver(order);
      const ledger = await ledgerSnapshot(db.prisma);
      if (first) expect(ledger).toEqual(first);
      else first = ledger;
    }
    return { ledger: first!, events, orders: orders.length };
  }

  it("records a paid one-time donation with its supporter, encrypted", async () => {
    const { ledger } = await ledgerAfter("one-time paid");
    expect(ledger.donations).toEqual([expect.objectContaining({ status: "SUCCEEDED", amount: 1000, currency: "eur", frequency: "ONCE", source: "scenario", amountRefunded: 0, paidAt: expect.any(Date) })]);
    expect(ledger.donations[0]!.checkoutAttemptId).toBe(ledger.attempts[0]!.id);
    expect(ledger.donations[0]!.stripeCheckoutSessionId).toBe(ledger.attempts[0]!.stripeCheckoutSessionId);
    expect(ledger.attempts).toEqual([expect.objectContaining({ status: "COMPLETED", completedAt: expect.any(Date) })]);
    expect(ledger.supporters).toEqual([expect.objectContaining({ email: expect.stringMatching(/@example\.org$/), name: expect.stringMatching(/^Reader/), firstGiftAt: ledger.donations[0]!.paidAt })]);
  });

  it("records an async payment that settled as succeeded", async () => {
    const { ledger } = await ledgerAfter("async paid");
    expect(ledger.donations).toEqual([expect.objectContaining({ status: "SUCCEEDED", frequency: "ONCE", paidAt: expect.any(Date) })]);
    expect(ledger.attempts[0]!.status).toBe("COMPLETED");
  });

  it("records an async payment that failed, and the attempt as failed", async () => {
    const { ledger } = await ledgerAfter("async failed");
    expect(ledger.donations).toEqual([expect.objectContaining({ status: "FAILED", paidAt: null, failureReason: expect.any(String) })]);
    expect(ledger.attempts[0]!.status).toBe("FAILED");
  });

  it("records a monthly donation and each of three renewals as its own donation", async () => {
    const { ledger } = await ledgerAfter("monthly with three renewals");
    expect(ledger.subscriptions).toEqual([expect.objectContaining({ status: "ACTIVE", frequency: "MONTHLY", amount: 500, currency: "eur", cancelAtPeriodEnd: false, canceledAt: null })]);
    const stripeSubscriptionId = ledger.subscriptions[0]!.stripeSubscriptionId;
    expect(ledger.donations).toHaveLength(4);
    expect(ledger.donations.every((d) => d.subscription === stripeSubscriptionId && d.status === "SUCCEEDED" && d.frequency === "MONTHLY" && d.amount === 500)).toBe(true);
    expect(ledger.donations.filter((d) => d.checkoutAttemptId !== null)).toHaveLength(1);
    expect(ledger.attempts[0]!.status).toBe("COMPLETED");
  });

  it("records a failed renewal and its recovery once the card is updated", async () => {
    const { ledger } = await ledgerAfter("failed renewal then recovery");
    expect(ledger.subscriptions).toEqual([expect.objectContaining({ status: "ACTIVE", lastFailureReason: null })]);
    expect(ledger.donations).toHaveLength(2);
    expect(ledger.donations.every((d) => d.status === "SUCCEEDED")).toBe(true);
  });

  it("records a subscription cancelled at the end of its period", async () => {
    const { ledger } = await ledgerAfter("cancel at period end");
    expect(ledger.subscriptions).toEqual([expect.objectContaining({ status: "CANCELED", cancelAtPeriodEnd: true, canceledAt: expect.any(Date) })]);
    expect(ledger.donations).toHaveLength(1);
  });

  it("records a partial refund and then the full refund", async () => {
    const { ledger } = await ledgerAfter("partial then full refund");
    expect(ledger.donations).toEqual([expect.objectContaining({ status: "REFUNDED", amount: 2000, amountRefunded: 2000 })]);
  });

  it("records a dispute opened and then lost", async () => {
    const { ledger } = await ledgerAfter("dispute opened and closed");
    expect(ledger.donations).toEqual([expect.objectContaining({ status: "DISPUTED", disputeStatus: "lost", stripeDisputeId: expect.stringMatching(/^d[up]_/) })]);
  });
});
