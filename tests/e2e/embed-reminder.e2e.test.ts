// "Remind me later" inside the embedded appeal, in Chromium, on an article served from another origin
// (its own port, listed in EMBED_ALLOWED_ORIGINS): the snooze and the email reminder are offered
// and answered inside the frame while the article stays where it is, with the article page's
// JavaScript on (the loader) and off (the <noscript> frame). The frame itself never runs script.
import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { waitForLink } from "@/tests/helpers/mailbox";
import { startWebInstance, type WebInstance } from "@/tests/helpers/scale-processes";
import { createStaffSession } from "@/tests/helpers/staff-session";

const articlePort = Number(process.env.E2E_REMINDER_ARTICLE_PORT);
const run = Date.now().toString(36);

/** The article page; its snippet is the one for the path (a second app server's under /captcha/). */
function articleServer(port: number, snippetFor: (path: string) => string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Story</title></head><body><main><h1>The story</h1><p>What happened.</p>${snippetFor(request.url ?? "/")}</main></body></html>`);
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
  // The same app with a CAPTCHA on (the suite's server has none), for the CAPTCHA test below.
  let withCaptcha: WebInstance;

  beforeAll(async () => {
    withCaptcha = await startWebInstance({ CAPTCHA_PROVIDER: "turnstile", CAPTCHA_SITE_KEY: "e2e-site-key", CAPTCHA_SECRET_KEY: "e2e-secret-key" });
    const snippet = await (await fetch(`${baseUrl()}/embed/snippet?placement=footer`)).text();
    const captchaSnippet = await (await fetch(`${withCaptcha.baseUrl}/embed/snippet?placement=footer`)).text();
    article = await articleServer(articlePort, (path) => (path.startsWith("/captcha/") ? captchaSnippet : snippet));
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const [name, value] = (await createStaffSession(prisma, "embed-reminder-viewer@newsroom.test", "VIEWER")).cookie.split("=");
    staffCookie = { name: name!, value: value! };
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session.close();
    await prisma.$disconnect();
    await new Promise((resolve) => article.close(resolve));
    await withCaptcha?.stop();
  });

  /** The reminder sign-ups the Sources page shows for one article and variant (0 without a row). */
  async function signUpsInSources(article: string, variant: string): Promise<number> {
    const staff = await session.browser.newContext();
    await staff.addCookies([{ ...staffCookie, url: baseUrl() }]);
    const sources = await staff.newPage();
    await sources.goto(`${baseUrl()}/dashboard/sources?period=7d`);
    const rows = sources.getByRole("region", { name: "Footer appeal" }).getByRole("row", { name: new RegExp(`^${escape(article)}`) });
    let count = 0;
    for (const row of await rows.all()) {
      // Variant, views, clicks, gifts, raised, reminder sign-ups, ...
      const cells = await row.getByRole("cell").allInnerTexts();
      if (cells[0] === variant) count = Number(cells[5]!.replace(/,/g, ""));
    }
    await staff.close();
    return count;
  }

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
      // Without the loader the <noscript> frame does not know the article: counted under none.
      const countedUnder = javaScriptEnabled ? articlePath : "(unknown article)";
      const before = await signUpsInSources(countedUnder, variant);
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

      expect(await signUpsInSources(countedUnder, variant)).toBe(before + 1);
      await context.close();
    });
  });

  it.each([
    ["on", true],
    ["off", false],
  ])("with a CAPTCHA on and the article page's JavaScript %s, Continue in the frame leads to the appeal page with the choice kept and the CAPTCHA there", async (mode, javaScriptEnabled) => {
    const context = await session.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const articlePath = `/captcha/story-${mode}-${run}`;
    await page.goto(`http://127.0.0.1:${articlePort}${articlePath}`);
    await appeal(page).getByRole("radio", { name: "Monthly" }).check();
    await appeal(page).getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === withCaptcha.baseUrl && url.pathname === "/" && url.searchParams.get("frequency") === "monthly");
    await expect(page.getByRole("radio", { name: "Monthly" }).isChecked()).resolves.toBe(true);
    await page.locator(".cf-turnstile").waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Continue" }).waitFor();
    // Nothing was created without a CAPTCHA answer; the click is counted.
    expect(await prisma.checkoutAttempt.count({ where: { createdAt: { gte: new Date(Date.now() - 60_000) }, placement: "footer", frequency: "MONTHLY", articlePath: javaScriptEnabled ? articlePath : null } })).toBe(0);
    if (javaScriptEnabled) expect((await prisma.appealCounter.findFirstOrThrow({ where: { placement: "footer", articlePath } })).clicks).toBe(1);
    // Where the appeal was goes with the reader to the appeal page's own Continue.
    const carried = (await context.cookies(`${withCaptcha.baseUrl}/api/checkout`)).find((cookie) => cookie.name === "appeal_carried");
    expect(decodeURIComponent(carried?.value ?? "")).toMatch(javaScriptEnabled ? new RegExp(`^footer\\|[a-d]\\|http://127\\.0\\.0\\.1:${articlePort}${articlePath}$`) : /^footer\|[a-d]\|$/);
    await context.close();
  });

  it.each(["/embed/remind/ru?placement=footer&variant=a", "/embed/remind/en?placement=footer&error=invalid_email&when=chosen-month", "/embed/remind/en?snoozed=7", "/embed/remind/ru?sent=2027-03"])(
    "%s has no serious or critical axe violation",
    async (path) => {
      const page = await session.context.newPage();
      await page.goto(`${baseUrl()}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await page.close();
    },
  );
});
