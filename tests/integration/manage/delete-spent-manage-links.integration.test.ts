import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { deleteSpentManageLinks } from "@/lib/manage/delete-spent-manage-links";

describe("cleaning up manage links", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it("deletes links a day past their expiry or use, and keeps the rest", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    await db.prisma.manageLink.createMany({
      data: [
        { tokenHash: "expired-long-ago", supporterId: "s1", expiresAt: hoursAgo(30) },
        { tokenHash: "used-long-ago", supporterId: "s1", expiresAt: hoursAgo(-10), usedAt: hoursAgo(26) },
        { tokenHash: "expired-recently", supporterId: "s1", expiresAt: hoursAgo(2) },
        { tokenHash: "used-recently", supporterId: "s1", expiresAt: hoursAgo(-1), usedAt: hoursAgo(1) },
        { tokenHash: "still-valid", supporterId: "s1", expiresAt: hoursAgo(-0.5) },
      ],
    });
    await expect(deleteSpentManageLinks(db.prisma, now)).resolves.toBe(2);
    const left = await db.prisma.manageLink.findMany({ select: { tokenHash: true }, orderBy: { tokenHash: "asc" } });
    expect(left.map((l) => l.tokenHash)).toEqual(["expired-recently", "still-valid", "used-recently"]);
  });
});
