// Every page, the readers' and the staff's, passes axe with no serious or critical violation. The
// pages are found by walking app/ for page.tsx, so a new page is checked without being listed here.
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoLedger } from "@/lib/dev/seed-demo-ledger";
import { parseEncryptionKeys, setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";

const appDir = path.join(__dirname, "../../app");

function pagesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...pagesUnder(full));
    // Route groups, "(site)", are not part of the address.
    else if (entry === "page.tsx")
      found.push(
        `/${path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((part) => part && !/^\(.*\)$/.test(part))
          .join("/")}`,
      );
  }
  return found.sort();
}

async function seriousViolations(page: Page, route: string): Promise<string[]> {
  const response = await page.goto(`${baseUrl()}${route}`);
  expect(response?.ok()).toBe(true);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const pages = pagesUnder(appDir);
const readerPages = pages.filter((route) => !route.startsWith("/dashboard"));
const staffPages = pages.filter((route) => route.startsWith("/dashboard"));

describe("accessibility of every page", () => {
  let prisma: PrismaClient;
  let session: BrowserSession;
  let supporterId: string;
  const concrete = (route: string) => route.replace("[currency]", "eur").replace("[lang]", "ru").replace("[id]", supporterId).replace("[placement]", "footer").replace("[state]", "0");

  beforeAll(async () => {
    const keys = parseEncryptionKeys(process.env.E2E_PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(process.env.E2E_PII_INDEX_KEY!, "base64") });
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const staff = await createStaffSession(prisma, "axe-admin@newsroom.test", "ADMIN");
    // A ledger with donations, so the charts, tables and badges are on the pages axe reads. The
    // e2e database is shared by every spec: a seed of its own keeps its Stripe ids apart from the
    // dashboard spec's ledger.
    await seedDemoLedger(prisma, { supporters: 40, now: new Date(), seed: 4111 });
    supporterId = (await prisma.supporter.findFirstOrThrow({ where: { firstGiftAt: { not: null } }, select: { id: true } })).id;
    session = await launchBrowser();
    const [name, value] = staff.cookie.split("=");
    await session.context.addCookies([{ name: name!, value: value!, url: baseUrl() }]);
  });
  afterAll(async () => {
    await session?.close();
    await prisma?.$disconnect();
  });

  it("finds the reader's pages and the staff's", () => {
    expect(readerPages).toEqual(expect.arrayContaining(["/", "/appeal/[currency]/[lang]", "/embed/[placement]/[state]/[lang]", "/remind", "/thank-you"]));
    expect(staffPages).toEqual(expect.arrayContaining(["/dashboard", "/dashboard/supporters/[id]"]));
  });

  it.each(readerPages)("%s has no serious or critical axe violation", async (route) => {
    const page = await session.context.newPage();
    expect(await seriousViolations(page, concrete(route))).toEqual([]);
    await page.close();
  });

  // The embedded appeal's other faces (the walk above checks the footer appeal itself).
  it.each(["/embed/banner/0/en", "/embed/footer/thanks/en", "/embed/footer/quiet/ru"])("the embedded %s has no serious or critical axe violation", async (route) => {
    const page = await session.context.newPage();
    expect(await seriousViolations(page, route)).toEqual([]);
    await page.close();
  });

  it.each(staffPages)("%s, signed in as an admin, has no serious or critical axe violation", async (route) => {
    const page = await session.context.newPage();
    expect(await seriousViolations(page, concrete(route))).toEqual([]);
    await page.close();
  });
});
