// The embedded appeal on a newsroom's article, in Chromium: the article is served by a tiny HTTP
// server on another port (EMBED_ALLOWED_ORIGINS lists it on 127.0.0.1, the app's own site, and on
// localhost, another site), with the snippet from /embed/snippet pasted in.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { freePort } from "@/tests/helpers/npm-script-process";

const articlePort = Number(process.env.E2E_ARTICLE_PORT);

function articleServer(port: number, snippet: string): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Story</title></head><body><main><h1>The story</h1><p>What happened.</p>${snippet}</main></body></html>`);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const appeal = (page: Page) => page.frameLocator("iframe");

async function payOnHostedCheckout(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiration").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Cardholder name").fill("Ada Reader");
  await page.getByRole("button", { name: "Subscribe" }).click();
}

describe("the appeal embedded in an article", () => {
  let article: http.Server;
  let hostile: http.Server;
  let hostilePort: number;
  let prisma: PrismaClient;
  let session: BrowserSession;

  beforeAll(async () => {
    const snippet = await (await fetch(`${baseUrl()}/embed/snippet?placement=footer`)).text();
    article = await articleServer(articlePort, snippet);
    hostilePort = await freePort();
    hostile = await articleServer(hostilePort, snippet);
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session.close();
    await prisma.$disconnect();
    await new Promise((resolve) => article.close(resolve));
    await new Promise((resolve) => hostile.close(resolve));
  });

  it("answers the snippet for each placement and refuses an unknown one", async () => {
    for (const placement of ["footer", "banner"]) {
      const answer = await fetch(`${baseUrl()}/embed/snippet?placement=${placement}`);
      expect(answer.status).toBe(200);
      await expect(answer.text()).resolves.toContain(`/embed/${placement}`);
    }
    const refused = await fetch(`${baseUrl()}/embed/snippet?placement=sidebar`);
    expect(refused.status).toBe(400);
    await expect(refused.text()).resolves.toContain("footer, banner");
  });

  it("shows the appeal with the appeal page's names, takes a monthly gift to Checkout in the whole window, returns to the article, and thanks there", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${articlePort}/news/story?utm_source=x`);
    for (const name of ["Once", "Monthly", "Annual"]) await appeal(page).getByRole("radio", { name }).waitFor();
    await appeal(page).getByRole("link", { name: "Remind me later" }).waitFor();
    await appeal(page).getByRole("radio", { name: "Monthly" }).check();
    await appeal(page).getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === new URL(process.env.E2E_STRIPE_API_BASE!).origin);
    await payOnHostedCheckout(page, "embedded@example.org");
    await page.waitForURL((url) => url.pathname === "/thank-you");
    await page.getByRole("link", { name: "Back to the article" }).click();
    await page.waitForURL(`http://127.0.0.1:${articlePort}/news/story`);
    await expect(appeal(page).getByRole("status").textContent()).resolves.toMatch(/^Thank you for supporting/);
    await expect(appeal(page).getByRole("button", { name: "Continue" }).count()).resolves.toBe(0);

    const attempt = await prisma.checkoutAttempt.findFirstOrThrow({ where: { placement: "footer", articlePath: "/news/story" }, orderBy: { createdAt: "desc" } });
    expect(attempt).toMatchObject({ frequency: "MONTHLY", variant: "a" });
    const counter = await prisma.appealCounter.findFirstOrThrow({ where: { placement: "footer", variant: "a", articlePath: "/news/story" } });
    expect(counter.views).toBeGreaterThanOrEqual(1);
    expect(counter.clicks).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it('keeps the appeal hidden after "Remind me later" and a reload', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${articlePort}/news/other`);
    // Inside the frame, without leaving the article (tests/e2e/embed-reminder.e2e.test.ts has the rest).
    await appeal(page).getByRole("link", { name: "Remind me later" }).click();
    await appeal(page)
      .getByRole("button", { name: /^Snooze for \d+ days$/ })
      .click();
    await appeal(page).getByRole("status").waitFor();
    await page.goto(`http://127.0.0.1:${articlePort}/news/other`);
    await page.reload();
    await appeal(page).locator("main.embed-quiet").waitFor({ state: "attached" });
    await expect(appeal(page).getByRole("button", { name: "Continue" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("still leads to checkout on the article with JavaScript disabled", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${articlePort}/news/no-js`);
    await appeal(page).getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === new URL(process.env.E2E_STRIPE_API_BASE!).origin);
    await context.close();
  });

  it("shows nothing usable on a page whose origin may not embed it", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const refused = page.waitForEvent("console", { predicate: (message) => /frame-ancestors/.test(message.text()) });
    await page.goto(`http://127.0.0.1:${hostilePort}/news/story`);
    await refused;
    await expect(appeal(page).getByRole("button", { name: "Continue" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("from another site (localhost against 127.0.0.1) giving still works; what degrades is the reader's state in the frame (cookies are not sent to a cross-site frame)", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${articlePort}/news/story`);
    await appeal(page).getByRole("radio", { name: "Monthly" }).check();
    await appeal(page).getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.origin === new URL(process.env.E2E_STRIPE_API_BASE!).origin);
    await payOnHostedCheckout(page, "cross-site@example.org");
    await page.waitForURL((url) => url.pathname === "/thank-you");
    await page.getByRole("link", { name: "Back to the article" }).click();
    await page.waitForURL(`http://localhost:${articlePort}/news/story`);
    // Degraded: the thank-you cookie is not sent to the frame from another site, so the appeal asks again.
    await appeal(page).getByRole("button", { name: "Continue" }).waitFor();
    await context.close();
  });

  it("ignores a forged placement, variant, article and return address, and never stores them as given", async () => {
    const post = async (fields: Record<string, string>, referer: string) => {
      const attemptKey = randomBytes(12).toString("hex");
      const answer = await fetch(`${baseUrl()}/api/checkout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl(), referer },
        body: new URLSearchParams({ frequency: "once", other_amount: "10", currency: "eur", attempt_key: attemptKey, lang: "en", ...fields }),
      });
      expect(answer.status).toBe(303);
      expect(answer.headers.get("location")).toContain(new URL(process.env.E2E_STRIPE_API_BASE!).host);
      return { answer, attempt: await prisma.checkoutAttempt.findUniqueOrThrow({ where: { id: attemptKey } }) };
    };
    const forgedPlacement = await post({ placement: "sidebar", variant: "a" }, `${baseUrl()}/embed/footer?article=%2Fforged-one`);
    expect(forgedPlacement.attempt).toMatchObject({ placement: null, variant: null, articlePath: null });
    const forgedRest = await post({ placement: "footer", variant: "z" }, `${baseUrl()}/embed/footer?article=${encodeURIComponent("https://evil.example/phish")}`);
    expect(forgedRest.attempt).toMatchObject({ placement: "footer", variant: null, articlePath: "/phish" });
    // The return address on an origin that may not embed us is not kept for "Back to the article".
    expect(forgedRest.answer.headers.get("set-cookie") ?? "").not.toMatch(/appeal_back=[^;]/);
    const forgedPath = await post({ placement: "footer", variant: "a" }, `${baseUrl()}/embed/footer?article=${encodeURIComponent("javascript:alert(1)")}`);
    expect(forgedPath.attempt).toMatchObject({ placement: "footer", variant: "a", articlePath: null });
  });
});
