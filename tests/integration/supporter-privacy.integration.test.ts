// Supporter identities at rest: donations and reminders made through the real paths, then a
// pg_dump of the whole database must not contain any of their emails or names. Export and
// erasure work on the same ledger and are written to the audit log.
import type Stripe from "stripe";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { decryptPii, encryptPii } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { eraseSupporter } from "@/lib/privacy/erase-supporter";
import { exportSupporter } from "@/lib/privacy/export-supporter";
import { dumpDatabase } from "@/tests/helpers/dump-database";
import { recordedEvents, scenarios } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_privacy";

describe("supporter privacy", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let identities: string[];
  let staffId: string;

  async function deliverAll(events: Stripe.Event[]) {
    for (const event of events.filter((e) => isHandledEventType(e.type))) {
      const response = await route(signedWebhookRequest(event, { secret }));
      expect(response.status).toBe(200);
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    await scenarios["one-time paid"]!({ t, prisma: db.prisma });
    await scenarios["monthly with three renewals"]!({ t, prisma: db.prisma });
    await deliverAll(await recordedEvents(t));
    const supporters = await db.prisma.supporter.findMany();
    expect(supporters).toHaveLength(2);
    const reminderEmails = ["later.reader@example.org", decryptPii(supporters[0]!.emailEncrypted!)];
    for (const [i, email] of reminderEmails.entries()) {
      await db.prisma.reminder.create({ data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), remindMonth: "2027-02", remindOn: new Date("2027-02-01"), cancelTokenHash: `cancel-${i}` } });
    }
    identities = [...supporters.flatMap((s) => [decryptPii(s.emailEncrypted!), decryptPii(s.nameEncrypted!)]), ...reminderEmails];
    staffId = (await db.prisma.user.create({ data: { email: "admin@newsroom.example", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("leaves no supporter or reminder email or name in a pg_dump of the database", async () => {
    const { text: stdout, tool } = await dumpDatabase(db.url);
    process.stdout.write(`[privacy] database dumped with ${tool}\n`);
    const donation = await db.prisma.donation.findFirstOrThrow();
    expect(stdout).toContain(donation.stripePaymentIntentId!); // the dump does hold the ledger
    expect(identities.length).toBe(6);
    expect(tool).toBeTruthy();
    for (const identity of identities) {
      expect(stdout.toLowerCase()).not.toContain(identity.toLowerCase());
      expect(stdout).not.toContain(identity.split("@")[0]!);
    }
  });

  it("exports everything held on one supporter, and records who exported it", async () => {
    const supporter = await db.prisma.supporter.findFirstOrThrow({ where: { subscriptions: { some: {} } } });
    const exported = await exportSupporter(db.prisma, supporter.id, { userId: staffId });
    expect(exported?.supporter.email).toBe(decryptPii(supporter.emailEncrypted!));
    expect(exported?.donations).toHaveLength(4);
    expect(exported?.recurringDonations).toHaveLength(1);
    expect(await db.prisma.auditLog.findMany({ where: { action: "supporter.export" } })).toEqual([expect.objectContaining({ actorUserId: staffId, targetType: "supporter", targetId: supporter.id })]);
  });

  describe("when an admin erases a supporter and their Stripe customer", () => {
    let supporterId: string;
    let customerIds: string[];
    let erasedEmailIndex: string;
    beforeAll(async () => {
      const supporter = await db.prisma.supporter.findFirstOrThrow({ where: { emailIndex: { not: null } }, include: { customers: true }, orderBy: { createdAt: "asc" } });
      supporterId = supporter.id;
      erasedEmailIndex = supporter.emailIndex!;
      expect(await db.prisma.reminder.count({ where: { emailIndex: erasedEmailIndex } })).toBe(1);
      customerIds = supporter.customers.map((c) => c.id);
      const result = await eraseSupporter(db.prisma, supporterId, { actorUserId: staffId, atStripe: "delete-customers", stripe: t.stripe });
      expect(result).toMatchObject({ erased: true, stripeCustomersDeleted: customerIds.length });
    });

    it("removes their identity and reminders but keeps their gifts, anonymised", async () => {
      const supporter = await db.prisma.supporter.findUniqueOrThrow({ where: { id: supporterId }, include: { donations: true, customers: true } });
      expect(supporter).toMatchObject({ emailIndex: null, emailEncrypted: null, nameEncrypted: null, erasedAt: expect.any(Date), customers: [] });
      expect(supporter.donations.length).toBeGreaterThan(0);
      expect(await db.prisma.reminder.count({ where: { emailIndex: erasedEmailIndex } })).toBe(0);
      expect(await db.prisma.reminder.count()).toBe(1);
    });

    it("deletes the customer at Stripe and records the erasure with the admin's id", async () => {
      expect(customerIds.length).toBeGreaterThan(0);
      for (const id of customerIds) {
        const gone = await t.stripe.customers.retrieve(id).then(
          (customer) => customer.deleted === true,
          (error: { statusCode?: number }) => error.statusCode === 404,
        );
        expect(gone).toBe(true);
      }
      expect(await db.prisma.auditLog.findMany({ where: { action: "supporter.erase" } })).toEqual([expect.objectContaining({ actorUserId: staffId, targetId: supporterId })]);
    });
  });
});
