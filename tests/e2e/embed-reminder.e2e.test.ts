// "Remind me later" inside the embedded appeal, in Chromium, on an article served from another origin
// (its own port, listed in EMBED_ALLOWED_ORIGINS): the snooze and the email reminder are offered
// and answered inside the frame while the article stays where it is, with the article page's
// JavaScript on (the loader) and off (the <noscript> frame). The frame itself never runs script.
import http from "node:http";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { waitForLink } from "@/tests/helpers/mailbox";
import { createStaffSession } from "@/tests/helpers/staff-session";

const articlePort = Number(process.env.E2E_REMINDER_ARTICLE_PORT);
const run = Date.now().toString(36);

function articleServer(port: number, snippet: string): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Story</title></head><body><main><h1>The story</h1><p>What happened.</p>${snippet}</main></body></html>`);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const appeal = (page: Page) => page.frameLocator("iframe");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Opens "Remind me later" inside the frame; answers the variant the reader was shown. */
async function openRemindMeLater(page: Page, articleUrl: string): Promise<string> {
  await page.goto(articleUrl);
  const link = appeal(page).getByRole("link", { name: "Remind me later" });
  const variant = new URL((await link.getAttribute("href"))!, baseUrl()).searchParams.get("variant")!;
  await link.click();
  await appeal(page).getByRole("heading", { level: 1, name: "Remind me later" }).waitFor();
  expect(page.url()).toBe(articleUrl);
  return variant;
}

describe("remind me later inside the embedded appeal", () => {
  let article: http.Server;
  let prisma: PrismaClient;
  let session: BrowserSession;
  let staffCookie: { name: string; value: string };

  beforeAll(async () => {
    const snippet = await (await fetch(`${baseUrl()}/embed/snippet?placement=footer`)).text();
    article = await articleServer(articlePort, snippet);
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const [name, value] = (await createStaffSession(prisma, "embed-reminder-viewer@newsroom.test", "VIEWER")).cookie.split("=");
    staffCookie = { name: name!, value: value! };
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session.close();
    await prisma.$disconnect();
    await new Promise((resolve) => article.close(resolve));
  });

  describe.each([
    ["on", true],
    ["off", false],
  ])("with the article page's JavaScript %s", (mode, javaScriptEnabled) => {
    it("snoozes inside the frame, and after a reload the appeal stays hidden on every article", async () => {
      const context = await session.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const articleUrl = `http://127.0.0.1:${articlePort}/news/snooze-${mode}-${run}`;
      await openRemindMeLater(page, articleUrl);
      await appeal(page)
        .getByRole("button", { name: /^Snooze for \d+ days$/ })
        .click();
      await expect(appeal(page).getByRole("status").textContent()).resolves.toMatch(/^Done\. We will not show you the appeal/);
      expect(page.url()).toBe(articleUrl);

      await page.reload();
      await appeal(page).locator("main.embed-quiet").waitFor({ state: "attached" });
      await expect(appeal(page).getByRole("button", { name: "Continue" }).count()).resolves.toBe(0);
      await page.goto(`http://127.0.0.1:${articlePort}/news/another-${mode}-${run}`);
      await appeal(page).locator("main.embed-quiet").waitFor({ state: "attached" });
      await context.close();
    });

    it("signs up for an emailed reminder inside the frame; once confirmed it is counted in Sources under its placement, variant and article", async () => {
      const context = await session.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const articlePath = `/news/remind-${mode}-${run}`;
      const articleUrl = `http://127.0.0.1:${articlePort}${articlePath}`;
      const email = `embed-remind-${mode}-${run}@example.org`;
      const variant = await openRemindMeLater(page, articleUrl);
      if (mode === "on") await page.screenshot({ path: screenshotPath("embed-remind-me-later.png"), fullPage: true });

      await appeal(page).getByLabel("Your email address").fill(email);
      await appeal(page).getByLabel("In 3 months").check();
      await appeal(page).getByRole("button", { name: "Email me a reminder" }).click();
      await appeal(page).getByRole("heading", { level: 1, name: "Check your inbox" }).waitFor();
      expect(page.url()).toBe(articleUrl);
      await appeal(page).getByRole("link", { name: "Back to the appeal" }).click();
      await appeal(page).getByRole("button", { name: "Continue" }).waitFor();
      expect(page.url()).toBe(articleUrl);

      const confirmLink = await waitForLink(email, new RegExp(`${escape(baseUrl())}/remind/confirm\\?token=[\\w-]+`));
      const confirmPage = await context.newPage();
      await confirmPage.goto(confirmLink);
      await confirmPage.getByRole("button", { name: "Confirm my reminder" }).click();
      await confirmPage.getByRole("heading", { level: 1, name: "Your reminder is set" }).waitFor();

      const staff = await session.browser.newContext();
      await staff.addCookies([{ ...staffCookie, url: baseUrl() }]);
      const sources = await staff.newPage();
      await sources.goto(`${baseUrl()}/dashboard/sources?period=7d`);
      const row = sources.getByRole("region", { name: "Footer appeal" }).getByRole("row", { name: new RegExp(escape(articlePath)) });
      // Variant, views, clicks, gifts, raised, reminder sign-ups, ...
      const cells = await row.getByRole("cell").allInnerTexts();
      expect([cells[0], cells[5]]).toEqual([variant, "1"]);
      await staff.close();
      await context.close();
    });
  });
});
