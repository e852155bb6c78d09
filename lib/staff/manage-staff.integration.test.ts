import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

type Module = typeof import("./manage-staff");

describe("managing staff", () => {
  let db: TestDatabase;
  let manage: Module;
  let adminId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // The config and Prisma singletons are lazy: this database applies to this file's first use.
    process.env.DATABASE_URL = db.url;
    manage = await import("./manage-staff");
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
    jest.spyOn(console, "log").mockImplementation(() => {});
  });
  afterAll(async () => {
    await (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma?.$disconnect();
    await db.drop();
  });

  it("invites a new address with a role, emails it, and records who invited", async () => {
    await expect(manage.inviteStaff(adminId, " New.Colleague@Newsroom.test ", "VIEWER")).resolves.toEqual({ ok: true });
    const user = await db.prisma.user.findUnique({ where: { email: "new.colleague@newsroom.test" } });
    expect(user?.role).toBe("VIEWER");
    expect(await db.prisma.auditLog.count({ where: { action: "staff.invited", actorUserId: adminId, targetId: user!.id } })).toBe(1);
  });

  it("refuses to invite an address twice", async () => {
    await expect(manage.inviteStaff(adminId, "new.colleague@newsroom.test", "ADMIN")).resolves.toEqual({ ok: false, message: "That address is already on the staff list." });
  });

  it("will not demote or remove the last admin", async () => {
    const refusal = { ok: false, message: "The dashboard needs at least one admin. Make someone else an admin first." };
    await expect(manage.changeStaffRole(adminId, adminId, "VIEWER")).resolves.toEqual(refusal);
    await expect(manage.removeStaff(adminId, adminId)).resolves.toEqual(refusal);
  });

  it("changes a role and records the change from and to", async () => {
    const colleague = await db.prisma.user.findUniqueOrThrow({ where: { email: "new.colleague@newsroom.test" } });
    await expect(manage.changeStaffRole(adminId, colleague.id, "ADMIN")).resolves.toEqual({ ok: true });
    const entry = await db.prisma.auditLog.findFirst({ where: { action: "staff.role_changed", targetId: colleague.id } });
    expect(entry?.metadata).toEqual({ from: "VIEWER", to: "ADMIN" });
  });

  it("removes a member of staff and ends their sessions at once", async () => {
    const colleague = await db.prisma.user.findUniqueOrThrow({ where: { email: "new.colleague@newsroom.test" } });
    await db.prisma.session.create({ data: { sessionToken: "colleague-session", userId: colleague.id, expires: new Date(Date.now() + 3_600_000) } });
    await expect(manage.removeStaff(adminId, colleague.id)).resolves.toEqual({ ok: true });
    expect(await db.prisma.session.count({ where: { sessionToken: "colleague-session" } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "staff.removed", targetId: colleague.id } })).toBe(1);
  });
});
