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

  it("re-encrypts every supporter and reminder written with the old key, and old rows stay readable until then", async () => {
    useKeys("old");
    for (let i = 0; i < 7; i++) {
      await db.prisma.supporter.create({ data: { emailIndex: emailIndex(`s${i}@example.org`), emailEncrypted: encryptPii(`s${i}@example.org`), nameEncrypted: i % 2 ? encryptPii(`Supporter ${i}`) : null } });
      await db.prisma.reminder.create({
        data: { emailIndex: emailIndex(`r${i}@example.org`), emailEncrypted: encryptPii(`r${i}@example.org`), remindMonth: "2027-01", remindOn: new Date("2027-01-01"), cancelTokenHash: `cancel-${i}` },
      });
    }
    useKeys("new");
    const before = await db.prisma.supporter.findMany({ orderBy: { id: "asc" } });
    expect(before.map((s) => decryptPii(s.emailEncrypted!))).toHaveLength(7);

    const done = await rotatePii(db.prisma, { batchSize: 3 });
    expect(done).toEqual({ supporters: 7, reminders: 7 });

    const supporters = await db.prisma.supporter.findMany({ orderBy: { id: "asc" } });
    expect(supporters.every((s) => piiKeyIdOf(s.emailEncrypted!) === "new" && (s.nameEncrypted === null || piiKeyIdOf(s.nameEncrypted) === "new"))).toBe(true);
    expect(supporters.map((s) => decryptPii(s.emailEncrypted!))).toEqual(before.map((s) => decryptPii(s.emailEncrypted!)));
    expect(supporters.map((s) => s.emailIndex)).toEqual(before.map((s) => s.emailIndex));
    const reminders = await db.prisma.reminder.findMany();
    expect(reminders.every((r) => piiKeyIdOf(r.emailEncrypted) === "new")).toBe(true);
    expect(reminders.map((r) => decryptPii(r.emailEncrypted)).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `r${i}@example.org`));
  });

  it("changes nothing when run again", async () => {
    useKeys("new");
    expect(await rotatePii(db.prisma)).toEqual({ supporters: 0, reminders: 0 });
  });
});
