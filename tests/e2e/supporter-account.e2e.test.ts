// A monthly supporter runs their own giving from the page their emailed manage link opens, in
// Chromium with JavaScript off (plain forms and 303s): raise the amount, pause for a month,
// resume, switch to annual, cancel with a reason. The emulator's test clock bills the next
// periods, the ledger shows what was chosen, and the reason reaches the staff overview. Then the
// refusals: bad amounts, a five-month pause, another supporter's gift, a reused link, an expired
// session, each with a clear message and nothing changed at Stripe.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import pg from "pg";
import Stripe from "stripe";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { waitForLink } from "@/tests/helpers/mailbox";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { waitFor } from "@/tests/helpers/wait-for";

jest.setTimeout(240_000);

const DAY = 86_400;
const stripe = () => new Stripe("sk_test_e2e", { host: new URL(process.env.E2E_STRIPE_API_BASE!).hostname, port: Number(new URL(process.env.E2E_STRIPE_API_BASE!).port), protocol: "http", telemetry: false });
const mark = { created_by: "reader-donations", frequency: "monthly" };

/** A monthly supporter on a test clock of their own, made as the app's checkout makes one (its mark in the metadata). */
async function monthlySupporterOnTestClock(email: string, amount = 500) {
  const sdk = stripe();
  const clock = await sdk.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
  const customer = await sdk.customers.create({ email, test_clock: clock.id });
  const session = await sdk.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: amount, recurring: { interval: "month" }, product_data: { name: "Monthly support" } } }],
    success_url: `${baseUrl()}/thank-you?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${baseUrl()}/`,
    metadata: mark,
    subscription_data: { metadata: mark },
  });
  const paid = await fetch(`${process.env.E2E_STRIPE_API_BASE}/_emulator/checkout/sessions/${session.id}/pay`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ card: "4242424242424242", email }),
  });
  expect(paid.status).toBe(200);
  const subscriptionId = String((await sdk.checkout.sessions.retrieve(session.id)).subscription);
  return { clock, customer, subscriptionId };
}

async function advanceDays(clockId: string, days: number) {
  const sdk = stripe();
  const { frozen_time } = await sdk.testHelpers.testClocks.retrieve(clockId);
  await sdk.testHelpers.testClocks.advance(clockId, { frozen_time: frozen_time + days * DAY });
}

describe("a supporter's own account page", () => {
  let session: BrowserSession;
  let db: pg.Client;
  beforeAll(async () => {
    session = await launchBrowser({ javaScriptEnabled: false });
    db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await session.close();
  });

  const ledger = async (stripeSubscriptionId: string) =>
    (await db.query<{ frequency: string; amount: number; status: string }>('SELECT frequency, amount, status FROM "Subscription" WHERE "stripeSubscriptionId" = $1', [stripeSubscriptionId])).rows[0];
  const paidAmounts = async (stripeSubscriptionId: string) =>
    (
      await db.query<{ amount: number }>(`SELECT d.amount FROM "Donation" d JOIN "Subscription" s ON s.id = d."subscriptionId" WHERE s."stripeSubscriptionId" = $1 AND d.status = 'SUCCEEDED' ORDER BY d."paidAt"`, [
        stripeSubscriptionId,
      ])
    ).rows.map((row) => row.amount);

  /** Asks for a link on /manage, follows it from the email and presses the button: the account page. */
  async function openAccount(page: Page, email: string): Promise<string> {
    await page.goto(`${baseUrl()}/manage`);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    const link = await waitForLink(email, /http:\/\/127\.0\.0\.1:\d+\/manage\/open\?token=[A-Za-z0-9_-]{43}/);
    await page.goto(link);
    await page.getByRole("button", { name: "Open my page" }).click();
    await page.waitForURL((url) => url.pathname === "/manage/account");
    return link;
  }

  /** Presses a form's button and waits for the 303 back to the page with its answer (?notice= or ?error=). */
  async function press(page: Page, button: ReturnType<Page["getByRole"]>, answer: string) {
    await button.click();
    await page.waitForURL((url) => url.search.includes(answer));
  }

  const status = (page: Page) => page.getByRole("status").textContent();
  const alert = (page: Page) => page.locator("main [role=alert]").textContent();

  it("raises the amount, pauses, resumes, switches to annual and cancels with a reason, and the invoices, ledger and dashboard follow", async () => {
    const email = "account-journey@example.org";
    const gift = await monthlySupporterOnTestClock(email);
    await waitFor("the gift in the ledger", async () => (await ledger(gift.subscriptionId))?.status === "ACTIVE", { timeoutMs: 20_000 });
    const page = await session.context.newPage();
    await openAccount(page, email);
    const panel = page.locator(`#gift-${gift.subscriptionId}`);
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toBe("$5 a month");
    await expect(panel.textContent()).resolves.toContain("Visa ending 4242");

    // A higher amount, from the next payment: the renewal charges it.
    await panel.getByLabel("New amount (USD)").fill("8");
    await press(page, panel.getByRole("button", { name: "Change the amount" }), "notice=amount-requested");
    await expect(status(page)).resolves.toContain("Your new amount is requested");
    await expect(page.locator(`#gift-${gift.subscriptionId} h2`).textContent()).resolves.toBe("$8 a month");
    await advanceDays(gift.clock.id, 31);
    await waitFor("the renewal at the new amount", async () => (await paidAmounts(gift.subscriptionId)).includes(800), { timeoutMs: 20_000 });

    // A month's pause, then resumed early.
    await page.goto(`${baseUrl()}/manage/account`);
    await panel.getByRole("radio", { name: "1 month" }).check();
    await press(page, panel.getByRole("button", { name: "Pause", exact: true }), "notice=paused");
    await expect(status(page)).resolves.toContain("Your pause is requested");
    await expect(panel.textContent()).resolves.toMatch(/Paused until \w+ \d+, \d{4}/);
    await press(page, panel.getByRole("button", { name: "Resume now" }), "notice=resumed");
    await expect(status(page)).resolves.toContain("Your gift is resumed");
    await expect(panel.textContent()).resolves.not.toContain("Paused until");

    // Annual from the end of the period: the next invoice is the annual amount.
    await expect(panel.getByLabel("Amount a year (USD)").inputValue()).resolves.toBe("96");
    await press(page, panel.getByRole("button", { name: "Switch to annual" }), "notice=switch-requested");
    await expect(status(page)).resolves.toContain("Your switch is requested");
    await expect(panel.textContent()).resolves.toMatch(/From \w+ \d+, \d{4}: \$96 a year\./);
    await advanceDays(gift.clock.id, 31);
    await waitFor("the annual renewal", async () => (await paidAmounts(gift.subscriptionId)).includes(9600), { timeoutMs: 20_000 });
    await waitFor("the ledger to say annual", async () => (await ledger(gift.subscriptionId))?.frequency === "ANNUAL", { timeoutMs: 20_000 });
    expect(await paidAmounts(gift.subscriptionId)).toEqual([500, 800, 9600]);

    // Cancelling: first the offer to stay, then one optional question.
    await page.goto(`${baseUrl()}/manage/account`);
    await expect(page.locator(`#gift-${gift.subscriptionId} h2`).textContent()).resolves.toBe("$96 a year");
    await page.getByRole("link", { name: "Cancel this gift" }).click();
    await page.waitForURL((url) => url.searchParams.has("cancel"));
    await expect(panel.getByRole("button", { name: "Pause for 3 months instead" }).count()).resolves.toBe(1);
    await expect(panel.getByRole("button", { name: /^Give \$\d+ instead$/ }).count()).resolves.toBe(1);
    // The fullest state of the page (a gift with its cancel panel open) is accessible. axe runs as
    // a script, so in a browser with JavaScript on, holding the same session cookie.
    const axeBrowser = await launchBrowser();
    try {
      await axeBrowser.context.addCookies(await session.context.cookies());
      const axePage = await axeBrowser.context.newPage();
      await axePage.goto(page.url());
      await expect(axePage.getByRole("button", { name: "Pause for 3 months instead" }).count()).resolves.toBe(1);
      const { violations } = await new AxeBuilder({ page: axePage }).analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    } finally {
      await axeBrowser.close();
    }
    await panel.getByRole("radio", { name: "I support another publication instead" }).check();
    await panel.getByLabel("Anything to add? (optional)").fill("Moving to a local paper for now");
    await press(page, panel.getByRole("button", { name: "Cancel at the end of the period" }), "notice=cancel-requested");
    await expect(status(page)).resolves.toContain("Your cancellation is requested");
    await expect(panel.textContent()).resolves.toMatch(/Ends on \w+ \d+, \d{4}/);
    const atStripe = await stripe().subscriptions.retrieve(gift.subscriptionId);
    expect(atStripe).toMatchObject({ cancel_at_period_end: true, cancellation_details: { feedback: "switched_service" } });

    // The reason reaches the staff overview.
    const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 1);
    const staff = await createStaffSession(prisma, "account-admin@newsroom.test", "ADMIN");
    await prisma.$disconnect();
    const [name, value] = staff.cookie.split("=");
    await session.context.addCookies([{ name: name!, value: value!, url: baseUrl() }]);
    await waitFor(
      "the cancellation in the ledger",
      async () =>
        (await db.query(`SELECT 1 FROM "SubscriptionChange" c JOIN "Subscription" s ON s.id = c."subscriptionId" WHERE s."stripeSubscriptionId" = $1 AND c.kind = 'CANCEL_SCHEDULED'`, [gift.subscriptionId])).rowCount,
      { timeoutMs: 20_000 },
    );
    // Dollars, as the gift: the overview picks a default currency from the ledger, which other specs fill.
    await page.goto(`${baseUrl()}/dashboard?currency=usd`);
    const reasons = page.locator("section", { has: page.getByRole("heading", { name: "Why supporters cancel" }) });
    await expect(reasons.textContent()).resolves.toContain("Supports someone else");
    await expect(page.locator("main").textContent()).resolves.toContain("Moving to a local paper for now");

    // Signing out closes the page.
    await page.goto(`${baseUrl()}/manage/account`);
    await press(page, page.getByRole("button", { name: "Sign out" }), "notice=signed-out");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("You are signed out of this page");
  });

  it("refuses bad input with a clear message and changes nothing at Stripe", async () => {
    const email = "account-refusals@example.org";
    const gift = await monthlySupporterOnTestClock(email);
    const other = await monthlySupporterOnTestClock("account-someone-else@example.org");
    await waitFor("both gifts in the ledger", async () => (await ledger(gift.subscriptionId))?.status === "ACTIVE" && (await ledger(other.subscriptionId))?.status === "ACTIVE", { timeoutMs: 20_000 });
    const before = JSON.stringify(await stripe().subscriptions.retrieve(gift.subscriptionId));
    const othersBefore = JSON.stringify(await stripe().subscriptions.retrieve(other.subscriptionId));
    const page = await session.context.newPage();
    const link = await openAccount(page, email);
    const panel = page.locator(`#gift-${gift.subscriptionId}`);

    await panel.getByLabel("New amount (USD)").fill("20000");
    await press(page, panel.getByRole("button", { name: "Change the amount" }), "error=amount-bounds");
    await expect(alert(page)).resolves.toBe("Choose an amount within the limits shown. Nothing was changed.");
    await expect(panel.getByLabel("New amount (USD)").inputValue()).resolves.toBe("20000");

    // A pause of five months, as a hand-edited form would send it.
    await panel.locator('input[name="months"][value="3"]').evaluate((input: HTMLInputElement) => (input.value = "5"));
    await panel.locator('input[name="months"][value="5"]').check();
    await press(page, panel.getByRole("button", { name: "Pause", exact: true }), "error=pause-months");
    await expect(alert(page)).resolves.toBe("A pause lasts one, two or three months. Nothing was changed.");

    // Another supporter's subscription id in the form.
    await panel.locator('form:has(input[name="action"][value="pause"]) input[name="subscription"]').evaluate((input: HTMLInputElement, id) => (input.value = id), other.subscriptionId);
    await press(page, panel.getByRole("button", { name: "Pause", exact: true }), "error=not-yours");
    await expect(alert(page)).resolves.toBe("We could not find that gift among yours. Nothing was changed.");

    expect(JSON.stringify(await stripe().subscriptions.retrieve(gift.subscriptionId))).toBe(before);
    expect(JSON.stringify(await stripe().subscriptions.retrieve(other.subscriptionId))).toBe(othersBefore);

    // The link worked once.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This link cannot be used");
    await expect(alert(page)).resolves.toContain("already been used");

    // An expired session: the page closes and the form changes nothing.
    await page.goto(`${baseUrl()}/manage/account`);
    await db.query(`UPDATE "ManageSession" SET "expiresAt" = now() - interval '1 second' WHERE "endedAt" IS NULL AND "supporterId" = (SELECT "supporterId" FROM "Subscription" WHERE "stripeSubscriptionId" = $1)`, [
      gift.subscriptionId,
    ]);
    await press(page, panel.getByRole("button", { name: "Pause", exact: true }), "error=session");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This page has closed");
    await expect(alert(page)).resolves.toContain("it works for 30 minutes");
    expect(JSON.stringify(await stripe().subscriptions.retrieve(gift.subscriptionId))).toBe(before);
  });
});
