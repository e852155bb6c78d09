import { applyRetention } from "@/lib/privacy/apply-retention";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const DAY = 86_400_000;
const periods = { webhookPayloadDays: 30, reminderDays: 30, unconfirmedReminderDays: 7, addressHashDays: 30, attributionDays: 90 };

describe("retention", () => {
  let db: TestDatabase;
  const start = new Date("2026-10-01T12:00:00Z");
  const at = (days: number) => new Date(start.getTime() + days * DAY);

  beforeAll(async () => {
    db = await createTestDatabase();
    const event = (id: string, days: number) => ({ id, type: "invoice.paid", livemode: false, stripeCreatedAt: at(days), receivedAt: at(days), status: "PROCESSED" as const, payload: { id, type: "invoice.paid" } });
    await db.prisma.stripeEvent.createMany({ data: [event("evt_old", 0), event("evt_recent", 20)] });
    let token = 0;
    const reminder = (data: object) => ({
      emailIndex: `idx${++token}`,
      emailEncrypted: "v1.k.x.y.z",
      remindMonth: `2027-${String(token).padStart(2, "0")}`,
      remindOn: new Date("2027-01-01"),
      cancelTokenHash: `c${token}`,
      ...data,
    });
    await db.prisma.reminder.createMany({
      data: [
        reminder({ id: "sent_old", status: "SENT", sentAt: at(0), createdAt: at(-5) }),
        reminder({ id: "sent_recent", status: "SENT", sentAt: at(15), createdAt: at(-5) }),
        reminder({ id: "cancelled_old", status: "CANCELLED", cancelledAt: at(1), createdAt: at(-5) }),
        reminder({ id: "unconfirmed_old", status: "PENDING_CONFIRMATION", createdAt: at(20) }),
        reminder({ id: "unconfirmed_recent", status: "PENDING_CONFIRMATION", createdAt: at(29) }),
        reminder({ id: "scheduled_old", status: "SCHEDULED", createdAt: at(-60), confirmedAt: at(-59) }),
      ],
    });
    await db.prisma.checkoutAttempt.createMany({
      data: [
        { id: "attempt_old", frequency: "ONCE", amount: 1000, currency: "eur", clientAddressHash: "h1", createdAt: at(0) },
        { id: "attempt_recent", frequency: "ONCE", amount: 1000, currency: "eur", clientAddressHash: "h2", createdAt: at(10) },
      ],
    });
    const staff = await db.prisma.user.create({ data: { email: "retention-staff@newsroom.test" }, select: { id: true } });
    await db.prisma.supporterSearch.createMany({
      data: [
        { id: "search_ended", staffUserId: staff.id, queryEncrypted: "v1.k.x.y.z", filter: "all", sort: "newest", expiresAt: at(30) },
        { id: "search_open", staffUserId: staff.id, queryEncrypted: "v1.k.x.y.z", filter: "all", sort: "newest", expiresAt: at(40) },
      ],
    });
  });
  afterAll(async () => db.drop());

  it("removes nothing that is not yet due", async () => {
    expect(await applyRetention(db.prisma, at(25), periods)).toEqual({
      webhookPayloadsReduced: 0,
      remindersDeleted: 0,
      unconfirmedRemindersDeleted: 0,
      unconfirmedNewsletterSignUpsDeleted: 0,
      addressHashesCleared: 0,
      endedSupporterSearchesDeleted: 0,
      attributionsCleared: 0,
    });
  });

  describe("when the clock moves to day 36", () => {
    beforeAll(async () => {
      await applyRetention(db.prisma, at(36), periods);
    });

    it("reduces webhook events older than 30 days to id, type and status", async () => {
      const events = await db.prisma.stripeEvent.findMany({ orderBy: { id: "asc" } });
      expect(events.map((e) => [e.id, e.type, e.status, e.payload])).toEqual([
        ["evt_old", "invoice.paid", "PROCESSED", null],
        ["evt_recent", "invoice.paid", "PROCESSED", { id: "evt_recent", type: "invoice.paid" }],
      ]);
    });

    it("deletes reminders sent or cancelled over 30 days ago and unconfirmed ones over 7 days old, and keeps the rest", async () => {
      const kept = (await db.prisma.reminder.findMany({ select: { id: true } })).map((r) => r.id).sort();
      expect(kept).toEqual(["scheduled_old", "sent_recent", "unconfirmed_recent"]);
    });

    it("clears checkout attempts' address hashes after 30 days", async () => {
      const attempts = await db.prisma.checkoutAttempt.findMany({ orderBy: { id: "asc" }, select: { id: true, clientAddressHash: true } });
      expect(attempts).toEqual([
        { id: "attempt_old", clientAddressHash: null },
        { id: "attempt_recent", clientAddressHash: "h2" },
      ]);
    });

    it("deletes staff supporter searches that have ended, with their encrypted terms", async () => {
      expect((await db.prisma.supporterSearch.findMany({ select: { id: true } })).map((row) => row.id)).toEqual(["search_open"]);
    });
  });
});
