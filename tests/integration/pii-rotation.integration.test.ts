import { decryptPii, encryptPii, piiKeyIdOf } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { rotatePii } from "@/lib/privacy/rotate-pii";
import { useKeys } from "@/tests/helpers/pii-test-keys";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

describe("npm run pii:rotate", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    setPiiKeysForProcess(undefined);
    await db.drop();
  });

  it("re-encrypts every supporter, reminder, cancellation comment and newsletter consent written with the old key, and old rows stay readable until then", async () => {
    useKeys("old");
    for (let i = 0; i < 7; i++) {
      await db.prisma.supporter.create({ data: { emailIndex: emailIndex(`s${i}@example.org`), emailEncrypted: encryptPii(`s${i}@example.org`), nameEncrypted: i % 2 ? encryptPii(`Supporter ${i}`) : null } });
      await db.prisma.reminder.create({
        data: { emailIndex: emailIndex(`r${i}@example.org`), emailEncrypted: encryptPii(`r${i}@example.org`), remindMonth: "2027-01", remindOn: new Date("2027-01-01"), cancelTokenHash: `cancel-${i}` },
      });
    }
    for (let i = 0; i < 2; i++) {
      const subscription = await db.prisma.subscription.create({
        data: { stripeSubscriptionId: `sub_rotate_${i}`, status: "CANCELED", frequency: "MONTHLY", amount: 500, currency: "eur", startedAt: new Date("2026-01-01") },
      });
      await db.prisma.subscriptionChange.create({
        data: {
          subscriptionId: subscription.id,
          kind: "CANCELLED",
          currency: "eur",
          fromAmount: 500,
          fromFrequency: "MONTHLY",
          reasonCommentEncrypted: encryptPii(`too much this year ${i}`),
          occurredAt: new Date("2026-02-01"),
        },
      });
    }
    for (let i = 0; i < 4; i++) {
      const email = `n${i}@example.org`;
      await db.prisma.newsletterConsent.create({
        data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), source: "newsletter-page", consentVersion: "en-000000000000", locale: "en", consentedAt: new Date() },
      });
    }
    useKeys("new");
    const before = await db.prisma.supporter.findMany({ orderBy: { id: "asc" } });
    expect(before.map((s) => decryptPii(s.emailEncrypted!))).toHaveLength(7);

    const done = await rotatePii(db.prisma, { batchSize: 3 });
    expect(done).toEqual({ supporters: 7, reminders: 7, cancellationComments: 2, newsletterConsents: 4 });

    const supporters = await db.prisma.supporter.findMany({ orderBy: { id: "asc" } });
    expect(supporters.every((s) => piiKeyIdOf(s.emailEncrypted!) === "new" && (s.nameEncrypted === null || piiKeyIdOf(s.nameEncrypted) === "new"))).toBe(true);
    expect(supporters.map((s) => decryptPii(s.emailEncrypted!))).toEqual(before.map((s) => decryptPii(s.emailEncrypted!)));
    expect(supporters.map((s) => s.emailIndex)).toEqual(before.map((s) => s.emailIndex));
    const reminders = await db.prisma.reminder.findMany();
    expect(reminders.every((r) => piiKeyIdOf(r.emailEncrypted) === "new")).toBe(true);
    expect(reminders.map((r) => decryptPii(r.emailEncrypted)).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `r${i}@example.org`));
    const comments = (await db.prisma.subscriptionChange.findMany()).map((c) => c.reasonCommentEncrypted!);
    expect(comments.every((c) => piiKeyIdOf(c) === "new")).toBe(true);
    expect(comments.map(decryptPii).sort()).toEqual(["too much this year 0", "too much this year 1"]);
    const consents = await db.prisma.newsletterConsent.findMany();
    expect(consents.every((c) => piiKeyIdOf(c.emailEncrypted) === "new")).toBe(true);
    expect(consents.map((c) => decryptPii(c.emailEncrypted)).sort()).toEqual(["n0@example.org", "n1@example.org", "n2@example.org", "n3@example.org"]);
  });

  it("changes nothing when run again", async () => {
    useKeys("new");
    expect(await rotatePii(db.prisma)).toEqual({ supporters: 0, reminders: 0, cancellationComments: 0, newsletterConsents: 0 });
  });
});
