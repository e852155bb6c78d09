// The embedding settings and the banner in Chromium. An article on an origin that neither
// EMBED_ALLOWED_ORIGINS nor Settings lists gets an empty frame; once an admin adds it in Settings it
// shows the appeal (this server forgets its one-minute copy on save). The banner's button scrolls to
// the footer appeal on the same article, is counted as the banner's click, and the gift started there
// is the banner's; without JavaScript the button opens the appeal page. The origin is removed at the end.
import http from "node:http";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { freePort } from "@/tests/helpers/npm-script-process";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { waitFor } from "@/tests/helpers/wait-for";

function articleServer(port: number, banner: string, footer: string): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Story</title></head><body>${banner}<main><h1>The story</h1><p style="height:2400px">What happened.</p>${footer}</main></body></html>`);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const bannerFrame = (page: Page) => page.frameLocator(".support-appeal-banner iframe");
const footerFrame = (page: Page) => page.frameLocator(".support-appeal-footer iframe");

describe("the embedding settings and the banner", () => {
  let article: http.Server;
  let articleOrigin: string;
  let prisma: PrismaClient;
  let session: BrowserSession;
  let staffCookie: string;

  async function saveOrigins(page: Page, typed: string) {
    const [name, value] = staffCookie.split("=") as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl() }]);
    await page.goto(`${baseUrl()}/dashboard/settings`);
    await page.locator("#embed-origins textarea[name=origins]").fill(typed);
    await page.getByRole("button", { name: "Save allowed origins" }).click();
  }

  beforeAll(async () => {
    const [banner, footer] = await Promise.all(["banner", "footer"].map(async (placement) => (await fetch(`${baseUrl()}/embed/snippet?placement=${placement}`)).text()));
    const port = await freePort();
    articleOrigin = `http://127.0.0.1:${port}`;
    article = await articleServer(port, banner!, footer!);
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    staffCookie = (await createStaffSession(prisma, "admin-embedding@newsroom.test", "ADMIN")).cookie;
    session = await launchBrowser();
  });
  afterAll(async () => {
    const page = await session.context.newPage();
    await saveOrigins(page, "");
    await session.close();
    await prisma.$disconnect();
    await new Promise((resolve) => article.close(resolve));
  });

  it("shows nothing on a page of an origin no one allowed, explains a refused origin, and shows the appeal once an admin adds the origin in Settings", async () => {
    const context = await session.browser.newContext();
    const reader = await context.newPage();
    const refused = reader.waitForEvent("console", { predicate: (message) => /frame-ancestors/.test(message.text()) });
    await reader.goto(`${articleOrigin}/news/settings-story`);
    await refused;
    await expect(footerFrame(reader).getByRole("button", { name: "Continue" }).count()).resolves.toBe(0);

    const admin = await session.context.newPage();
    await saveOrigins(admin, `${articleOrigin}/news`);
    await expect(admin.locator("#embed-origins").getByRole("alert").textContent()).resolves.toContain("is not an origin");
    await expect(admin.locator("#embed-origins textarea[name=origins]").inputValue()).resolves.toBe(`${articleOrigin}/news`);
    await admin.locator("#embed-origins textarea[name=origins]").fill(articleOrigin);
    await admin.getByRole("button", { name: "Save allowed origins" }).click();
    await expect(admin.locator("#embed-origins").getByRole("status").textContent()).resolves.toContain("Saved.");
    expect((await prisma.setting.findUniqueOrThrow({ where: { key: "embedOrigins" } })).value).toEqual({ origins: [articleOrigin] });

    await reader.goto(`${articleOrigin}/news/settings-story`);
    await footerFrame(reader).getByRole("button", { name: "Continue" }).waitFor();
    await context.close();
  });

  it("scrolls to the footer appeal when the banner's button is pressed, counts the banner's click, and gives the banner the gift started there", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${articleOrigin}/news/banner-story`);
    const button = bannerFrame(page).getByRole("link", { name: "Support us!" });
    await button.click();
    await waitFor("the footer appeal scrolled into view", async () => (await page.evaluate(() => document.querySelector(".support-appeal-footer")!.getBoundingClientRect().top)) < 100);
    expect(page.url()).toBe(`${articleOrigin}/news/banner-story`);
    await waitFor("the banner's click counted", async () => ((await prisma.appealCounter.aggregate({ where: { placement: "banner", articlePath: "/news/banner-story" }, _sum: { clicks: true } }))._sum.clicks ?? 0) === 1);
    // The banner is still there, its button working, and no second view was counted.
    await bannerFrame(page).getByRole("link", { name: "Support us!" }).waitFor();
    const views = await prisma.appealCounter.aggregate({ where: { placement: "banner", articlePath: "/news/banner-story" }, _sum: { views: true } });
    expect(views._sum.views).toBe(1);

    await footerFrame(page).getByRole("radio", { name: "Monthly" }).check();
    await footerFrame(page).getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === new URL(process.env.E2E_STRIPE_API_BASE!).origin);
    const attempt = await prisma.checkoutAttempt.findFirstOrThrow({ where: { articlePath: "/news/banner-story" }, orderBy: { createdAt: "desc" }, select: { placement: true, variant: true } });
    expect(attempt).toEqual({ placement: "banner", variant: "a" });
    await context.close();
  });

  it("opens the appeal page from the banner's button with JavaScript disabled", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${articleOrigin}/news/no-js-banner`);
    await bannerFrame(page).getByRole("link", { name: "Support us!" }).click();
    await page.waitForURL((url) => url.origin === baseUrl() && url.pathname === "/");
    await page.getByRole("button", { name: "Continue" }).waitFor();
    await context.close();
  });
});
