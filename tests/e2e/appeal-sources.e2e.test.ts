// A member of staff reads the Sources page: the view, the click, the sign-up and the gift an embedded
// appeal brought show under their placement, variant and article, and the page passes axe.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { appealSourcesLedger } from "@/tests/helpers/appeal-sources-ledger";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";

describe("the Sources page", () => {
  let prisma: PrismaClient;
  let session: BrowserSession;
  let page: Page;
  // The e2e database is shared by every spec: an article of its own keeps this spec's rows apart.
  const article = `/e2e/sources-${Date.now().toString(36)}`;

  beforeAll(async () => {
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const ledger = appealSourcesLedger(prisma);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await ledger.counter({ day: yesterday, placement: "footer", variant: "b", articlePath: article, views: 1234, clicks: 56, reminderSignUps: 7 });
    await ledger.gifts(3, { placement: "footer", variant: "b", articlePath: article, amount: 1000, on: yesterday });
    await ledger.gifts(1, { placement: "footer", variant: "b", articlePath: article, currency: "eur", amount: 2500, on: yesterday });
    const staff = await createStaffSession(prisma, "sources-viewer@newsroom.test", "VIEWER");
    session = await launchBrowser();
    const [name, value] = staff.cookie.split("=");
    await session.context.addCookies([{ name: name!, value: value!, url: baseUrl() }]);
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await prisma?.$disconnect();
  });

  it("is linked from the dashboard's navigation for every member of staff", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Sources" }).click();
    await page.waitForURL(/\/dashboard\/sources$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sources" }).isVisible()).resolves.toBe(true);
  });

  it("shows the article's views, clicks, gifts, money per currency, sign-ups and rates under its placement and variant", async () => {
    await page.goto(`${baseUrl()}/dashboard/sources?period=7d`);
    const footer = page.getByRole("region", { name: "Footer appeal" });
    const row = footer.getByRole("row", { name: new RegExp(article.replace(/[/.-]/g, "\\$&")) });
    const cells = await row.getByRole("cell").allInnerTexts();
    expect(cells).toEqual(["b", "1,234", "56", "4", "€25.00 · $30.00", "7", "0.3%", "4.5%"]);
    await expect(footer.getByRole("table", { name: /Copy variants/ }).isVisible()).resolves.toBe(true);
  });

  it("has no serious or critical axe violation", async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
