// A reader on a slow link chooses and types before the page's scripts arrive: what Checkout is asked
// for must be what they chose, not the page's presets. The scripts are held back with page.route
// until the test lets them through, then the test waits for React to have taken over the form.
import type { Page } from "playwright-core";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

function stripeApiBase(): string {
  const url = process.env.E2E_STRIPE_API_BASE;
  if (!url) throw new Error("E2E_STRIPE_API_BASE is not set: run end-to-end tests through jest's e2e project");
  return url;
}

/** Opens the appeal with every script of the page held back; resolves the function that lets them through. */
async function openWithScriptsHeld(page: Page): Promise<() => Promise<void>> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // A few seconds at most, as a slow link would: the test releases them sooner.
  const heldAtMost = new Promise<void>((resolve) => setTimeout(resolve, 15_000));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await Promise.race([released, heldAtMost]);
    await route.continue();
  });
  await page.goto(`${baseUrl()}/`, { waitUntil: "domcontentloaded" });
  // Not hydrated yet: React has not attached itself to the form.
  await expect(page.evaluate(isHydrated)).resolves.toBe(false);
  return async () => {
    release();
    await page.waitForFunction(isHydrated);
  };
}

function isHydrated(): boolean {
  const input = document.getElementById("other-amount");
  return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps$"));
}

describe("when a reader chooses before the page's scripts have loaded", () => {
  let browser: BrowserSession;
  const stripe = createStripeClient("sk_test_e2e", stripeApiBase());
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  /** Continues to Checkout and reads the session the emulator was asked to create. */
  async function continueToCheckout(page: Page) {
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/c/pay/"));
    const sessionId = new URL(page.url()).pathname.split("/").pop()!;
    return stripe.checkout.sessions.retrieve(sessionId);
  }

  it("a monthly amount typed before hydration is the amount Checkout asks for, not the preset", async () => {
    const page = await browser.context.newPage();
    const letScriptsIn = await openWithScriptsHeld(page);
    await page.getByRole("radio", { name: "Monthly" }).check();
    await page.getByLabel("Other amount").fill("7");
    await letScriptsIn();
    await expect(page.getByLabel("Other amount").inputValue()).resolves.toBe("7");
    const session = await continueToCheckout(page);
    expect(session).toMatchObject({ mode: "subscription", amount_total: 700, currency: "usd", metadata: expect.objectContaining({ frequency: "monthly" }) });
  });

  it("an annual preset chosen before hydration stays chosen and is the one Checkout asks for", async () => {
    const page = await browser.context.newPage();
    const letScriptsIn = await openWithScriptsHeld(page);
    await page.getByRole("radio", { name: "Annual" }).check();
    await page.getByRole("radio", { name: "$250" }).check();
    await letScriptsIn();
    await expect(page.getByRole("radio", { name: "Annual" }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "$250" }).isChecked()).resolves.toBe(true);
    const session = await continueToCheckout(page);
    expect(session).toMatchObject({ mode: "subscription", amount_total: 25000, currency: "usd", metadata: expect.objectContaining({ frequency: "annual" }) });
  });

  it("a currency and an amount chosen before hydration both survive it", async () => {
    const page = await browser.context.newPage();
    const letScriptsIn = await openWithScriptsHeld(page);
    await page.getByRole("radio", { name: "Once" }).check();
    await page.getByLabel("Currency").selectOption("eur");
    await page.getByLabel("Other amount").fill("12");
    await letScriptsIn();
    await expect(page.getByLabel("Currency").inputValue()).resolves.toBe("eur");
    const session = await continueToCheckout(page);
    expect(session).toMatchObject({ mode: "payment", amount_total: 1200, currency: "eur", metadata: expect.objectContaining({ frequency: "once" }) });
  });

  it("a reader who types, then the scripts arrive, then edits again, gets what they finished with", async () => {
    const page = await browser.context.newPage();
    const letScriptsIn = await openWithScriptsHeld(page);
    await page.getByLabel("Other amount").fill("7");
    await letScriptsIn();
    await page.getByRole("radio", { name: "Annual" }).check();
    await expect(page.getByLabel("Other amount").inputValue()).resolves.toBe("7");
    await page.getByLabel("Other amount").press("End");
    await page.getByLabel("Other amount").pressSequentially(".50");
    const session = await continueToCheckout(page);
    expect(session).toMatchObject({ mode: "subscription", amount_total: 750, metadata: expect.objectContaining({ frequency: "annual" }) });
  });
});
