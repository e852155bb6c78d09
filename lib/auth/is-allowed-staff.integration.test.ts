import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

type Module = typeof import("./is-allowed-staff");

describe("the staff allowlist", () => {
  let db: TestDatabase;
  let isAllowedStaff: Module["isAllowedStaff"];
  let removeStaff: typeof import("../staff/manage-staff").removeStaff;
  const roleOf = async (email: string) => (await db.prisma.user.findUnique({ where: { email }, select: { role: true } }))?.role ?? null;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.user.create({ data: { email: "viewer@newsroom.test", role: "VIEWER" } });
    // The config and Prisma singletons are lazy: these settings apply to this file's first use.
    process.env.DATABASE_URL = db.url;
    process.env.STAFF_ADMIN_EMAIL = "Chief@Newsroom.test";
    isAllowedStaff = (await import("./is-allowed-staff")).isAllowedStaff;
    removeStaff = (await import("../staff/manage-staff")).removeStaff;
  });
  afterAll(async () => {
    delete process.env.STAFF_ADMIN_EMAIL;
    await (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma?.$disconnect();
    await db.drop();
  });

  it("lets in an address on the staff list, whatever its case", async () => {
    await expect(isAllowedStaff("Viewer@Newsroom.test")).resolves.toBe(true);
  });

  it("refuses an unknown address and creates nothing for it", async () => {
    await expect(isAllowedStaff("stranger@example.org")).resolves.toBe(false);
    await expect(isAllowedStaff(undefined)).resolves.toBe(false);
    expect(await db.prisma.user.count({ where: { email: "stranger@example.org" } })).toBe(0);
  });

  it("makes STAFF_ADMIN_EMAIL the first admin while there is none, records it, and never downgrades it later", async () => {
    await expect(isAllowedStaff("chief@newsroom.test")).resolves.toBe(true);
    expect(await roleOf("chief@newsroom.test")).toBe("ADMIN");
    expect(await db.prisma.auditLog.count({ where: { action: "staff.admin_bootstrapped" } })).toBe(1);
    await db.prisma.user.create({ data: { email: "second.admin@newsroom.test", role: "ADMIN" } });
    await db.prisma.user.update({ where: { email: "chief@newsroom.test" }, data: { role: "VIEWER" } });
    await isAllowedStaff("chief@newsroom.test");
    expect(await roleOf("chief@newsroom.test")).toBe("VIEWER");
  });

  it("keeps a staff member removed in the dashboard out, even when STAFF_ADMIN_EMAIL still names them", async () => {
    const chief = await db.prisma.user.upsert({ where: { email: "chief@newsroom.test" }, update: { role: "ADMIN" }, create: { email: "chief@newsroom.test", role: "ADMIN" } });
    const admin = await db.prisma.user.upsert({ where: { email: "second.admin@newsroom.test" }, update: {}, create: { email: "second.admin@newsroom.test", role: "ADMIN" } });
    await expect(removeStaff(admin.id, chief.id)).resolves.toEqual({ ok: true });
    await expect(isAllowedStaff("Chief@Newsroom.test")).resolves.toBe(false);
    expect(await roleOf("chief@newsroom.test")).toBeNull();
  });
});
