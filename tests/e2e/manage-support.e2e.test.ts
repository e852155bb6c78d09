// Supporters manage their own giving: a manage link from the captured email opens their account
// page, where a monthly gift is cancelled; a failed renewal brings one calm email; a one-time donor
// accepts the monthly invitation. Chromium, the production server, the emulator, real SMTP.
import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import pg from "pg";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo, waitForLink } from "@/tests/helpers/mailbox";

async function payOnHostedPage(page: Page, email: string, card: string, button: "Donate" | "Subscribe") {
  await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiration").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Cardholder name").fill("Sam Supporter");
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL((url) => url.pathname === "/thank-you");
}

async function giveMonthly(page: Page, email: string, card = "4242 4242 4242 4242") {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole("radio", { name: "Monthly" }).check();
  await page.getByRole("radio", { name: "$5" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await payOnHostedPage(page, email, card, "Subscribe");
}

/** The app's blind index of an address, from the e2e server's PII_INDEX_KEY. */
function emailIndexOf(email: string): string {
  const { PII_INDEX_KEY } = JSON.parse(process.env.E2E_APP_ENV ?? "{}") as { PII_INDEX_KEY: string };
  return createHmac("sha256", Buffer.from(PII_INDEX_KEY, "base64")).update(email.trim().toLowerCase()).digest("base64url");
}

/** Polls the app's database until query returns a row (webhooks arrive asynchronously). */
async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe("supporters managing their own giving", () => {
  let session: BrowserSession;
  let db: pg.Client;
  beforeAll(async () => {
    session = await launchBrowser();
    db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await session.close();
  });

  const subscriptionOf = (stripeSubscriptionId: string) =>
    db.query<{ status: string; cancelAtPeriodEnd: boolean }>('SELECT status, "cancelAtPeriodEnd" FROM "Subscription" WHERE "stripeSubscriptionId" = $1', [stripeSubscriptionId]);

  it("cancels a monthly gift through the emailed manage link, and the ledger shows it ending at period end", async () => {
    const email = "cancel-me@example.org";
    const page = await session.context.newPage();
    await giveMonthly(page, email);
    await page.goto(`${baseUrl()}/manage`);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("If that address belongs to one of our supporters");
    const link = await waitForLink(email, /http:\/\/127\.0\.0\.1:\d+\/manage\/open\?token=[A-Za-z0-9_-]{43}/);
    await page.goto(link);
    await page.getByRole("button", { name: "Open my page" }).click();
    await page.waitForURL((url) => url.pathname === "/manage/account");
    const subscriptionId = (await page.locator('input[name="subscription"]').first().getAttribute("value"))!;
    expect(subscriptionId).toMatch(/^sub_/);
    await page.getByRole("link", { name: "Cancel this gift" }).click();
    await page.getByRole("button", { name: "Cancel at the end of the period" }).click();
    await page.waitForURL((url) => url.searchParams.get("notice") === "cancel-requested");
    await expect(page.getByRole("status").textContent()).resolves.toContain("Your cancellation is requested");
    const row = await eventually(async () => {
      const { rows } = await subscriptionOf(subscriptionId);
      return rows[0]?.cancelAtPeriodEnd ? rows[0] : undefined;
    });
    expect(row).toEqual({ status: "ACTIVE", cancelAtPeriodEnd: true });
    await expect(page.getByText(/Ends on/).count()).resolves.toBe(1);
    // The link worked once: following it again is refused with a clear page.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This link cannot be used");
    await expect(page.locator("main [role=alert]").textContent()).resolves.toContain("already been used");
  });

  it("refuses a forged manage link with a clear page", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/manage/open?token=${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This link cannot be used");
    await expect(page.getByRole("link", { name: "Ask for a new link" }).count()).resolves.toBe(1);
  });

  it("emails the supporter once when a renewal fails, with a link to update the card", async () => {
    const email = "renewal-fails@example.org";
    const page = await session.context.newPage();
    await giveMonthly(page, email, "4000 0000 0000 0341");
    const { rows } = await eventually(async () => {
      const result = await db.query<{ stripeSubscriptionId: string }>(
        `SELECT s."stripeSubscriptionId" FROM "Subscription" s JOIN "Supporter" p ON p.id = s."supporterId" WHERE p."emailIndex" = $1 AND s.status = 'ACTIVE'`,
        [emailIndexOf(email)],
      );
      return result.rowCount ? result : undefined;
    });
    const subscriptionId = rows[0]!.stripeSubscriptionId;
    // The app makes subscriptions without a test clock; the emulator renews one period on request.
    const renewal = await fetch(`${process.env.E2E_STRIPE_API_BASE}/_emulator/subscriptions/${subscriptionId}/renew`, { method: "POST" });
    expect(renewal.status).toBe(200);
    const updateLink = await waitForLink(email, /http:\/\/127\.0\.0\.1:\d+\/manage\/open\?token=[A-Za-z0-9_-]{43}/);
    const failures = messagesTo(email).filter((message) => message.includes("Subject: Your recurring gift did not go through"));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain("your bank declined it");
    await eventually(async () => {
      const { rows: state } = await subscriptionOf(subscriptionId);
      return state[0]?.status === "PAST_DUE" ? true : undefined;
    });
    await page.goto(updateLink);
    await page.getByRole("button", { name: "Open my page" }).click();
    await page.waitForURL((url) => url.pathname === "/manage/account" && url.hash === "#card");
    await expect(page.getByText("The last payment did not go through. Update your card to retry it.").count()).resolves.toBe(1);
    await expect(page.locator("#card").getByRole("button", { name: "Update card" }).count()).resolves.toBe(1);
  });

  it("turns a one-time gift into a monthly one through the thank-you page's invitation", async () => {
    const email = "upgrade@example.org";
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("radio", { name: "Once" }).check();
    await page.getByRole("radio", { name: "$50" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await payOnHostedPage(page, email, "4242 4242 4242 4242", "Donate");
    await expect(page.getByRole("heading", { name: "Make it monthly?" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: /a month$/ }).click();
    await payOnHostedPage(page, email, "4242 4242 4242 4242", "Subscribe");
    await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving $5 every month.");
    const { rows } = await eventually(async () => {
      const result = await db.query<{ status: string; source: string }>(`SELECT s.status, a.source FROM "Subscription" s JOIN "CheckoutAttempt" a ON a.id = s."checkoutAttemptId" WHERE a.source = 'monthly-invite'`);
      return result.rowCount ? result : undefined;
    });
    expect(rows).toEqual([{ status: "ACTIVE", source: "monthly-invite" }]);
  });
});
