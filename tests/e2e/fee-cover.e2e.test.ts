// Fee cover in Chromium (issue 21): a reader ticks "Add ... to cover payment fees", before the
// page's scripts arrive or with none at all; Checkout charges the gift and the fee once, and the
// dashboard's overview shows the fees covered.
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { waitFor } from "@/tests/helpers/wait-for";

function stripeApiBase(): string {
  const url = process.env.E2E_STRIPE_API_BASE;
  if (!url) throw new Error("E2E_STRIPE_API_BASE is not set: run end-to-end tests through jest's e2e project");
  return url;
}

const isHydrated = () => {
  const input = document.getElementById("other-amount");
  return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps$"));
};

async function payOnHostedPage(page: Page, button: "Donate" | "Subscribe") {
  await page.waitForURL((url) => url.pathname.startsWith("/c/pay/"));
  await page.getByLabel("Email").fill("fees@example.org");
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiration").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Cardholder name").fill("Fee Coverer");
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL((url) => url.pathname === "/thank-you");
}

describe("when a reader covers the payment fees", () => {
  let browser: BrowserSession;
  let noScript: BrowserSession;
  let prisma: PrismaClient;
  const stripe = createStripeClient("sk_test_e2e", stripeApiBase());
  const sessionOf = (page: Page) => stripe.checkout.sessions.retrieve(new URL(page.url()).pathname.split("/").pop()!);

  beforeAll(async () => {
    browser = await launchBrowser();
    noScript = await launchBrowser({ javaScriptEnabled: false });
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
  });
  afterAll(async () => {
    await browser.close();
    await noScript.close();
    await prisma.$disconnect();
  });

  it("names the fee of the preset chosen, keeps a tick given before the scripts arrive, and charges the fee once", async () => {
    const page = await browser.context.newPage();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      await route.continue();
    });
    await page.goto(`${baseUrl()}/appeal/eur/en`, { waitUntil: "domcontentloaded" });
    await expect(page.evaluate(isHydrated)).resolves.toBe(false);

    await page.getByRole("radio", { name: "Once" }).check();
    await page.getByRole("radio", { name: "€25" }).check();
    const box = page.getByRole("checkbox", { name: "Add €1.03 to cover payment fees" });
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    release();
    await page.waitForFunction(isHydrated);
    await expect(box.isChecked()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("fee-cover-appeal.png"), fullPage: true });

    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/c/pay/"));
    const session = await sessionOf(page);
    expect(session).toMatchObject({ amount_total: 2500 + 103, currency: "eur" });
    const lines = await stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data.map((line) => [line.description, line.amount_total])).toEqual([
      ["One-time support", 2500],
      ["Payment fees", 103],
    ]);
    await payOnHostedPage(page, "Donate");
    expect((await stripe.paymentIntents.retrieve(String((await stripe.checkout.sessions.retrieve(session.id)).payment_intent))).amount).toBe(2603);
  });

  it("follows a typed amount once the scripts run", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl()}/appeal/eur/en`);
    await page.waitForFunction(isHydrated);
    await page.getByRole("radio", { name: "Monthly" }).check();
    await page.getByLabel("Other amount").fill("12");
    await expect(page.getByRole("checkbox", { name: "Add €0.65 to cover payment fees" }).count()).resolves.toBe(1);
  });

  it("works without JavaScript: the rule for a typed amount, and the server computes the fee into the monthly price", async () => {
    const page = await noScript.context.newPage();
    await page.goto(`${baseUrl()}/appeal/eur/en`);
    await page.getByRole("radio", { name: "Monthly" }).check();
    await page.getByLabel("Other amount").fill("12");
    const box = page.getByRole("checkbox", { name: "Add a little to cover payment fees (2.9% of the amount plus €0.30)" });
    await box.check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/c/pay/"));
    const session = await sessionOf(page);
    expect(session).toMatchObject({ mode: "subscription", amount_total: 1200 + 35 + 30 });
  });

  it("shows the fees covered on the dashboard's overview", async () => {
    // The paid gift reaches the ledger through the webhook.
    await waitFor("the gift with its fee in the ledger", () => prisma.donation.findFirst({ where: { feeCover: 103, currency: "eur", status: "SUCCEEDED" } }), { timeoutMs: 30_000 });
    const staff = await createStaffSession(prisma, "fees-viewer@newsroom.test", "VIEWER");
    const context = await browser.browser.newContext();
    const [name, value] = staff.cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    // Euros and a period of their own: the overview keeps its figures a minute per currency, and the
    // dashboard spec reads dollars.
    await page.goto(`${baseUrl()}/dashboard?period=12m&currency=eur`);
    const card = page.locator(".card", { has: page.locator(".label", { hasText: "Fees covered" }) });
    await expect(card.locator(".figure").textContent()).resolves.toBe("€1.03");
    await expect(card.locator(".detail").textContent()).resolves.toMatch(/^Added by readers to 1 of \d+ gifts, on top of them$/);
    await context.close();
  });
});
