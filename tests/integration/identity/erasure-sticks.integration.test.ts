// Issue 16, item 3: an erased supporter's customers may live on at Stripe (the admin chose to
// keep them). Their later events, delivered through the webhook route, must never bring a name
// or an email back, while their payments still reach the accounts.
import { customerIndex } from "@/lib/privacy/customer-index";
import { eraseSupporter } from "@/lib/privacy/erase-supporter";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { dumpDatabase } from "@/tests/helpers/dump-database";
import { advanceMonths, recordedEvents, startMonthly } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_erasure_sticks";

describe("after a supporter is erased", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let staffId: string;
  const delivered = new Set<string>();

  async function deliverNewEvents() {
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id) || !isHandledEventType(event.type)) continue;
      delivered.add(event.id);
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
  }

  async function givingMonthly() {
    const monthly = await startMonthly({ t, prisma: db.prisma });
    await deliverNewEvents();
    const supporter = await db.prisma.supporter.findFirstOrThrow({ where: { customers: { some: { id: monthly.customer.id } } } });
    return { ...monthly, supporterId: supporter.id };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    staffId = (await db.prisma.user.create({ data: { email: "admin@newsroom.example", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("a renewal or a customer.updated for a kept Stripe customer never brings the erased identity back", async () => {
    const { clock, customer, supporterId } = await givingMonthly();
    const supportersBefore = await db.prisma.supporter.count();
    await eraseSupporter(db.prisma, supporterId, { actorUserId: staffId, atStripe: "keep", stripe: t.stripe });

    // At Stripe the customer lives on: its owner edits it, and the monthly gift renews.
    const newName = "Renamed Afterwards";
    const newEmail = `after.erasure.${Date.now()}@example.org`;
    await t.stripe.customers.update(customer.id, { name: newName, email: newEmail });
    await advanceMonths({ t, prisma: db.prisma }, clock, 1);
    await deliverNewEvents();

    expect(await db.prisma.supporter.count()).toBe(supportersBefore);
    const erased = await db.prisma.supporter.findUniqueOrThrow({ where: { id: supporterId }, include: { customers: true } });
    expect(erased).toMatchObject({ emailIndex: null, emailEncrypted: null, nameEncrypted: null, nameIndex: null, erasedAt: expect.any(Date), customers: [] });
    const renewals = await db.prisma.donation.findMany({ where: { frequency: "MONTHLY" }, orderBy: { paidAt: "asc" } });
    expect(renewals).toHaveLength(2);
    expect(renewals.map((d) => d.supporterId)).toEqual([supporterId, supporterId]);
    const { text } = await dumpDatabase(db.url);
    for (const identity of [newName, newEmail, customer.name!, customer.email!]) expect(text.toLowerCase()).not.toContain(identity.toLowerCase());
  });

  it("keeps a tombstone that names no customer", async () => {
    const tombstones = await db.prisma.erasedStripeCustomer.findMany();
    expect(tombstones.length).toBeGreaterThan(0);
    for (const tombstone of tombstones) expect(JSON.stringify(tombstone)).not.toMatch(/cus_/);
  });

  it("cancels the recurring gift at Stripe when the admin chooses to, and records the cancellation without a name", async () => {
    const { customer, subscriptionId, supporterId } = await givingMonthly();
    const result = await eraseSupporter(db.prisma, supporterId, { actorUserId: staffId, atStripe: "cancel-recurring", stripe: t.stripe });
    expect(result).toMatchObject({ erased: true, recurringCancelled: 1, stripeCustomersDeleted: 0 });
    expect((await t.stripe.subscriptions.retrieve(subscriptionId)).status).toBe("canceled");
    expect((await t.stripe.customers.retrieve(customer.id)).deleted).toBeFalsy();
    await deliverNewEvents();
    const row = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId } });
    expect(row).toMatchObject({ status: "CANCELED", supporterId });
    expect(await db.prisma.erasedStripeCustomer.count({ where: { customerIndex: customerIndex(customer.id) } })).toBe(1);
    const supporter = await db.prisma.supporter.findUniqueOrThrow({ where: { id: supporterId } });
    expect(supporter).toMatchObject({ emailIndex: null, emailEncrypted: null, nameEncrypted: null });
  });
});
