import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { monthlyDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

type OpenModule = typeof import("@/lib/manage/open-manage-link");
type CreateModule = typeof import("@/lib/manage/create-manage-link");
type IndexModule = typeof import("@/lib/privacy/email-index");

describe("following a manage link", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let open: OpenModule;
  let create: CreateModule;
  let index: IndexModule["emailIndex"];
  let supporterId: string;
  let customer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      APP_URL: "https://give.example.org",
      PII_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString("base64")}`,
      PII_INDEX_KEY: randomBytes(32).toString("base64"),
    });
    open = await import("@/lib/manage/open-manage-link");
    create = await import("@/lib/manage/create-manage-link");
    index = (await import("@/lib/privacy/email-index")).emailIndex;
    const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer_email: "monthly@example.org" }));
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    customer = String(paid.body.customer);
    const supporter = await db.prisma.supporter.create({
      data: {
        // A second, older customer: the portal must open on the one that owns the recurring gift.
        customers: { create: [{ id: "cus_older_one_time", createdAt: new Date("2025-01-01") }, { id: customer }] },
        subscriptions: {
          create: { stripeSubscriptionId: String(paid.body.subscription), status: "ACTIVE", frequency: "MONTHLY", amount: 500, currency: "eur", startedAt: new Date() },
        },
      },
    });
    supporterId = supporter.id;
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it("opens a short account session for the supporter, bound to the address the link was sent to", async () => {
    const { token } = await create.createManageLink(db.prisma, { supporterId, purpose: "MANAGE", sentToIndex: index("monthly@example.org") });
    const result = await open.openManageLink(db.prisma, t.stripe, token);
    expect(result).toMatchObject({ ok: true, purpose: "MANAGE" });
    if (!result.ok) return;
    const stored = await db.prisma.manageSession.findMany({ where: { supporterId, endedAt: null } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ emailIndex: index("monthly@example.org") });
    // Only the token's hash is kept, and the session lasts 30 minutes.
    expect(stored[0]!.tokenHash).not.toContain(result.sessionToken);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBe(30 * 60_000);
  });

  it("works once: a second use is refused as used", async () => {
    const { token } = await create.createManageLink(db.prisma, { supporterId, purpose: "MANAGE", sentToIndex: index("monthly@example.org") });
    await expect(open.openManageLink(db.prisma, t.stripe, token)).resolves.toMatchObject({ ok: true });
    await expect(open.openManageLink(db.prisma, t.stripe, token)).resolves.toEqual({ ok: false, reason: "used" });
  });

  it("lets two racing clicks open at most one portal", async () => {
    const { token } = await create.createManageLink(db.prisma, { supporterId, purpose: "MANAGE", sentToIndex: index("monthly@example.org") });
    const results = await Promise.all([0, 1, 2, 3].map(() => open.openManageLink(db.prisma, t.stripe, token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses an expired link and a forged one without opening anything", async () => {
    const { token } = await create.createManageLink(db.prisma, { supporterId, purpose: "MANAGE", sentToIndex: index("monthly@example.org") });
    const later = new Date(Date.now() + 60 * 60_000);
    await expect(open.openManageLink(db.prisma, t.stripe, token, later)).resolves.toEqual({ ok: false, reason: "expired" });
    await expect(open.openManageLink(db.prisma, t.stripe, randomBytes(32).toString("base64url"))).resolves.toEqual({ ok: false, reason: "invalid" });
    const link = await db.prisma.manageLink.findFirst({ where: { supporterId }, orderBy: { createdAt: "desc" } });
    expect(link?.usedAt).toBeNull();
  });
});
