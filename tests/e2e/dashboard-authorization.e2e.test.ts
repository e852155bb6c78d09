// Walks the app directory for every dashboard page and every API route, and proves that
// anonymous requests and wrong-role requests get nothing. A new route must be classified
// below (public API, viewer or admin) or this test fails.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { parseEncryptionKeys, setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { baseUrl } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";

const appDir = path.join(__dirname, "../../app");

/** API routes anyone may call (the lead adds the checkout, webhook and reminder routes at merge). */
const publicApiRoutes = ["/api/health", "/api/ping", "/api/auth/[...nextauth]", "/api/stripe/webhook", "/api/checkout"];
// /api/embed/view (the view beacon) and /api/embed/open (the banner's button) are public: they count and answer an image or a redirect.
// /api/newsletter/ takes readers' sign-ups and the mailing tool's one-click withdrawals: public, token-checked.
const publicApiPrefixes = ["/api/reminders/", "/api/appeal/", "/api/manage/", "/api/embed/", "/api/newsletter/"];
const adminRoutes = ["/dashboard/settings", "/dashboard/staff", "/dashboard/audit"];

function routesUnder(dir: string, fileName: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === fileName) {
        const route = `/${path
          .relative(appDir, current)
          .split(path.sep)
          .filter((part) => !/^\(.*\)$/.test(part))
          .join("/")}`;
        found.push(route);
      }
    }
  };
  walk(dir);
  return found.sort();
}

const dashboardPages = routesUnder(path.join(appDir, "(site)", "dashboard"), "page.tsx");
const privateApiRoutes = routesUnder(path.join(appDir, "api"), "route.ts").filter((route) => !publicApiRoutes.includes(route) && !publicApiPrefixes.some((prefix) => route.startsWith(prefix)));

describe("authorization of the dashboard and its APIs", () => {
  let prisma: PrismaClient;
  let viewer: string;
  let admin: string;
  let supporterId: string;
  const url = (route: string) => `${baseUrl()}${route.replace("[id]", supporterId)}`;
  const get = (route: string, cookie?: string) => fetch(url(route), { redirect: "manual", headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    viewer = (await createStaffSession(prisma, "viewer-authz@newsroom.test", "VIEWER")).cookie;
    admin = (await createStaffSession(prisma, "admin-authz@newsroom.test", "ADMIN")).cookie;
    supporterId = (await prisma.supporter.create({ data: { firstGiftAt: new Date() } })).id;
  });
  afterAll(async () => prisma.$disconnect());

  it("finds the dashboard's pages and private APIs, each classified", () => {
    expect(dashboardPages).toEqual(expect.arrayContaining(["/dashboard", "/dashboard/supporters", "/dashboard/supporters/[id]", "/dashboard/donations", ...adminRoutes]));
    expect(privateApiRoutes).toEqual(expect.arrayContaining(["/api/dashboard/exports/supporters", "/api/dashboard/exports/donations"]));
  });

  it.each(dashboardPages)("sends anonymous visitors of %s to sign-in, with no content", async (route) => {
    const response = await get(route);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toMatch(/\/signin\?callbackUrl=/);
    expect(await response.text()).not.toMatch(/<h1/);
  });

  it.each(privateApiRoutes)("answers anonymous GET and POST on %s with 401", async (route) => {
    for (const method of ["GET", "POST"]) {
      const response = await fetch(url(route), { method, redirect: "manual" });
      expect(response.status === 401 || response.status === 405).toBe(true);
      if (response.status === 401) expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    }
    expect((await fetch(url(route), { redirect: "manual" })).status).toBe(401);
  });

  it.each(dashboardPages.filter((route) => !adminRoutes.includes(route)))("shows %s to a viewer", async (route) => {
    const response = await get(route, viewer);
    expect(response.status).toBe(200);
  });

  it.each(adminRoutes)("shows %s to an admin, and nothing of it to a viewer", async (route) => {
    const asAdmin = await get(route, admin);
    expect(asAdmin.status).toBe(200);
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(await asAdmin.text())?.[1];
    expect(heading).toBeTruthy();
    const asViewer = await get(route, viewer);
    expect(asViewer.status).toBe(404);
    expect(await asViewer.text()).not.toContain(`>${heading}</h1>`);
  });

  it("shows readers' cancellation comments on the overview to an admin, never to a viewer", async () => {
    const keys = parseEncryptionKeys(process.env.E2E_PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(process.env.E2E_PII_INDEX_KEY!, "base64") });
    const words = "Only admins of the newsroom read this comment.";
    const ended = await prisma.subscription.create({
      data: {
        stripeSubscriptionId: "sub_e2e_authz_comment",
        supporterId,
        status: "CANCELED",
        frequency: "MONTHLY",
        amount: 500,
        currency: "usd",
        startedAt: new Date(Date.now() - 40 * 86_400_000),
        canceledAt: new Date(),
      },
    });
    await prisma.subscriptionChange.create({
      data: { subscriptionId: ended.id, kind: "CANCELLED", currency: "usd", fromAmount: 500, fromFrequency: "MONTHLY", reasonFeedback: "other", reasonCommentEncrypted: encryptPii(words), occurredAt: new Date() },
    });
    expect(await (await get("/dashboard?currency=usd", admin)).text()).toContain(words);
    const asViewer = await (await get("/dashboard?currency=usd", viewer)).text();
    expect(asViewer).toContain("Why supporters cancel");
    expect(asViewer).not.toContain("read this comment");
  });

  it("hides the admin pages from a viewer's navigation", async () => {
    const html = await (await get("/dashboard", viewer)).text();
    for (const route of adminRoutes) expect(html).not.toContain(`href="${route}"`);
  });

  it("gives a viewer the supporter export without emails and names, and an admin with them", async () => {
    const asViewer = await (await get("/api/dashboard/exports/supporters", viewer)).text();
    expect(asViewer.split("\n")[0]).toBe("supporter_id,first_gift_at,created_at");
    expect(asViewer).toContain(supporterId);
    const asAdmin = await (await get("/api/dashboard/exports/supporters", admin)).text();
    expect(asAdmin.split("\n")[0]).toBe("supporter_id,first_gift_at,created_at,email,name");
    expect(await prisma.auditLog.count({ where: { action: "export.supporters" } })).toBeGreaterThanOrEqual(2);
  });

  it("gives the supporter's full export to an admin only, and records it", async () => {
    const route = "/api/dashboard/supporters/[id]/export";
    expect((await get(route, viewer)).status).toBe(403);
    const asAdmin = await get(route, admin);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.headers.get("content-disposition")).toContain(`supporter-${supporterId}.json`);
    expect(await asAdmin.json()).toMatchObject({ supporter: { id: supporterId } });
    expect(await prisma.auditLog.count({ where: { action: "supporter.export", targetId: supporterId } })).toBe(1);
  });

  it("shows the erase form to an admin and not to a viewer", async () => {
    expect(await (await get("/dashboard/supporters/[id]", admin)).text()).toContain("Erase this supporter");
    expect(await (await get("/dashboard/supporters/[id]", viewer)).text()).not.toContain("Erase this supporter");
  });

  it("refuses a session whose member of staff was removed", async () => {
    const { userId, cookie } = await createStaffSession(prisma, "leaver@newsroom.test", "ADMIN");
    expect((await get("/dashboard", cookie)).status).toBe(200);
    await prisma.user.delete({ where: { id: userId } });
    expect((await get("/dashboard", cookie)).status).toBe(307);
  });
});
