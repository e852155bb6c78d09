import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

type Module = typeof import("./is-allowed-staff");

describe("the staff allowlist", () => {
  let db: TestDatabase;
  let isAllowedStaff: Module["isAllowedStaff"];

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.user.create({ data: { email: "viewer@newsroom.test", role: "VIEWER" } });
    // The config and Prisma singletons are lazy: these settings apply to this file's first use.
    process.env.DATABASE_URL = db.url;
    process.env.STAFF_ADMIN_EMAIL = "Chief@Newsroom.test";
    isAllowedStaff = (await import("./is-allowed-staff")).isAllowedStaff;
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

  it("makes STAFF_ADMIN_EMAIL an admin on first sign-in, and never downgrades it later", async () => {
    await expect(isAllowedStaff("chief@newsroom.test")).resolves.toBe(true);
    expect(await db.prisma.user.findUnique({ where: { email: "chief@newsroom.test" }, select: { role: true } })).toEqual({ role: "ADMIN" });
    await db.prisma.user.update({ where: { email: "chief@newsroom.test" }, data: { role: "VIEWER" } });
    await isAllowedStaff("chief@newsroom.test");
    expect(await db.prisma.user.findUnique({ where: { email: "chief@newsroom.test" }, select: { role: true } })).toEqual({ role: "VIEWER" });
  });
});
