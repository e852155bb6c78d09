// A renewal that is declined and stays unpaid: the recurring donation turns past due and keeps
// the decline reason for staff, in whichever order the events arrive.
import type Stripe from "stripe";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { ledgerSnapshot, resetLedger } from "@/tests/helpers/ledger-snapshot";
import { advanceMonths, recordedEvents, startMonthly } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_failed_renewal";

describe("when a monthly donation's renewal is declined", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let events: Stripe.Event[];

  const deliver = async (batch: Stripe.Event[]) => {
    for (const event of batch) expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    const { clock } = await startMonthly({ t, prisma: db.prisma }, "4000000000000341");
    await advanceMonths({ t, prisma: db.prisma }, clock, 1);
    events = (await recordedEvents(t)).filter((event) => isHandledEventType(event.type));
    expect(events.map((e) => e.type)).toContain("invoice.payment_failed");
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("marks the subscription past due and keeps the decline reason, in order and in reverse", async () => {
    await deliver(events);
    const inOrder = await ledgerSnapshot(db.prisma);
    expect(inOrder.subscriptions).toEqual([expect.objectContaining({ status: "PAST_DUE", lastFailureReason: expect.any(String), lastFailureAt: expect.any(Date) })]);
    expect(inOrder.donations).toEqual([expect.objectContaining({ status: "SUCCEEDED" })]);
    await resetLedger(db.prisma);
    await deliver([...events].reverse());
    expect(await ledgerSnapshot(db.prisma)).toEqual(inOrder);
  });
});
