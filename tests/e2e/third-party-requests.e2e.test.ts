// Reader pages load nothing from anyone else: no fonts, scripts, styles, images or analytics from
// another origin. Chromium walks every reader page (the appeal in each currency and language, the
// privacy page, the remind-me-later and manage pages, not-found, and the thank-you page after a
// real Checkout at the emulator) and records every request it makes. Only the Checkout redirect,
// i.e. the emulator's hosted page between Continue and the thank-you page, goes elsewhere. The
// CAPTCHA provider, the other exception, is off here.
import type { Page } from "playwright-core";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

/** The reader pages besides the appeal, each in the state a reader can reach it in. */
const readerPages = [
  "/privacy",
  "/remind",
  "/remind?snoozed=1",
  "/remind/check-your-email?month=2031-03",
  "/remind/confirm?token=not-a-real-token",
  "/remind/confirm?confirmed=2031-03",
  "/remind/cancel?token=not-a-real-token",
  "/remind/cancel?cancelled=1",
  "/manage",
  "/manage?sent=1",
  "/manage/open?token=not-a-real-token",
  "/thank-you?session_id=cs_test_unknown0000000000",
  "/no-such-page",
];

/** Every request a page makes to an origin other than the app's (data: and blob: URLs are not requests to anyone). */
function watchForeignRequests(page: Page, allowed: Set<string>): string[] {
  const appOrigin = new URL(baseUrl()).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== appOrigin && !allowed.has(url.origin)) foreign.push(`${request.resourceType()} ${request.url()} (on ${page.url()})`);
  });
  return foreign;
}

async function visit(page: Page, pathAndQuery: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathAndQuery}`, { waitUntil: "networkidle" });
}

async function offeredCurrencies(page: Page): Promise<string[]> {
  await visit(page, "/");
  return page
    .locator('[name="currency"]')
    .evaluateAll((fields) => [...new Set(fields.flatMap((field) => (field instanceof HTMLSelectElement ? [...field.options].map((option) => option.value) : [(field as HTMLInputElement).value])))].filter(Boolean));
}

describe("reader pages and third parties", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it("the appeal, in every currency and language, asks nothing of another origin", async () => {
    const page = await session.context.newPage();
    const foreign = watchForeignRequests(page, new Set());
    const currencies = await offeredCurrencies(page);
    expect(currencies.length).toBeGreaterThan(0);
    for (const currency of currencies) {
      for (const lang of ["en", "ru"]) {
        await visit(page, `/appeal/${currency}?lang=${lang}`);
        await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
      }
    }
    expect(foreign).toEqual([]);
  });

  it.each(["en", "ru"])("every other reader page, in %s, asks nothing of another origin", async (lang) => {
    const page = await session.context.newPage();
    const foreign = watchForeignRequests(page, new Set());
    await visit(page, `/language?lang=${lang}&back=/`);
    for (const pathAndQuery of readerPages) {
      await visit(page, pathAndQuery);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
    }
    expect(foreign).toEqual([]);
  });

  it("the thank-you page after a real Checkout asks nothing of another origin; only the hosted Checkout page is elsewhere", async () => {
    const page = await session.context.newPage();
    const checkout = new Set<string>();
    const foreign = watchForeignRequests(page, checkout);
    await visit(page, "/language?lang=en&back=/");
    await page.getByRole("radio", { name: "Once" }).check();
    await page.getByRole("radio", { name: "$25" }).check();
    // The redirect to Checkout, and what the hosted page loads, are the one allowed exception.
    checkout.add(new URL(process.env.E2E_STRIPE_API_BASE!).origin);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
    checkout.add(new URL(page.url()).origin);
    await page.getByLabel("Email").fill("reader@example.org");
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiration").fill("12 / 34");
    await page.getByLabel("CVC").fill("123");
    await page.getByLabel("Cardholder name").fill("Ada Reader");
    await page.getByRole("button", { name: "Donate" }).click();
    await page.waitForURL((url) => url.pathname === "/thank-you");
    checkout.clear();
    await page.reload({ waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thank you for your support");
    expect(foreign).toEqual([]);
  });
});
