// Supporters in the ledger: one person behind several Stripe customers, and an email change at
// Stripe, each delivered in every order of their events.
import type Stripe from "stripe";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { deliveryOrders } from "@/tests/helpers/event-orders";
import { ledgerSnapshot, resetLedger, type LedgerSnapshot } from "@/tests/helpers/ledger-snapshot";
import { payOneTime, reader, recordedEvents } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(180_000);

const secret = "whsec_ledger_supporters";

describe("supporters in the ledger", () => {
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

  async function inEveryOrder(events: Stripe.Event[]): Promise<LedgerSnapshot> {
    let first: LedgerSnapshot | undefined;
    for (const order of deliveryOrders(events.filter((e) => isHandledEventType(e.type)))) {
      await resetLedger(db.prisma);
      for (const event of order) expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
      const ledger = await ledgerSnapshot(db.prisma);
      if (first) expect(ledger).toEqual(first);
      else first = ledger;
    }
    return first!;
  }

  beforeEach(async () => {
    t.emulator.reset();
    await resetLedger(db.prisma);
    await db.prisma.checkoutAttempt.deleteMany();
  });

  it("keeps one supporter for a reader who gave twice through two Stripe customers", async () => {
    const who = reader();
    await payOneTime({ t, prisma: db.prisma }, {}, 1000, who);
    await payOneTime({ t, prisma: db.prisma }, {}, 2500, { ...who, email: who.email.toUpperCase() });
    const ledger = await inEveryOrder(await recordedEvents(t));
    expect(ledger.supporters).toHaveLength(1);
    expect(ledger.supporters[0]!.key?.split("+")).toHaveLength(2);
    expect(ledger.supporters[0]!.emailIndex).toBe(emailIndex(who.email));
    expect(ledger.donations.map((d) => [d.amount, d.supporter])).toEqual(
      expect.arrayContaining([
        [1000, ledger.supporters[0]!.key],
        [2500, ledger.supporters[0]!.key],
      ]),
    );
  });

  it("re-encrypts and re-indexes a supporter whose email changed at Stripe", async () => {
    const { session } = await payOneTime({ t, prisma: db.prisma });
    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    await t.stripe.customers.update(String(paid.customer), { email: "new.address@example.org", name: "New Name" });
    const events = await recordedEvents(t);
    expect(events.map((e) => e.type)).toContain("customer.updated");
    const ledger = await inEveryOrder(events);
    expect(ledger.supporters).toEqual([expect.objectContaining({ email: "new.address@example.org", name: "New Name", emailIndex: emailIndex("new.address@example.org") })]);
    const stored = await db.prisma.supporter.findFirstOrThrow();
    expect(stored.emailEncrypted).not.toContain("new.address");
    expect(decryptPii(stored.emailEncrypted!)).toBe("new.address@example.org");
  });

  it("writes no email or name into the log lines of a delivery", async () => {
    const { session } = await payOneTime({ t, prisma: db.prisma });
    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["customer"] });
    const customer = paid.customer as Stripe.Customer;
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    const log = jest.spyOn(console, "log").mockImplementation(capture);
    const error = jest.spyOn(console, "error").mockImplementation(capture);
    process.env.LOG_LEVEL = "debug";
    try {
      for (const event of (await recordedEvents(t)).filter((e) => isHandledEventType(e.type))) await route(signedWebhookRequest(event, { secret }));
    } finally {
      process.env.LOG_LEVEL = "error";
      log.mockRestore();
      error.mockRestore();
    }
    expect(lines.some((line) => line.includes("[checkout.session.completed]"))).toBe(true);
    const output = lines.join("\n");
    expect(output).not.toContain(customer.email!);
    expect(output).not.toContain(customer.name!);
  });
});
