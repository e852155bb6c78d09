// A reader gives in euros by SEPA Direct Debit, in Chromium: the appeal shows the SEPA badge for
// euros only, the emulator's hosted checkout takes a typed IBAN (and refuses an invalid one), the
// ledger shows the gift pending, then paid as the emulated bank settles it, and a failing IBAN
// ends as a failed gift with the reader told by email. The e2e emulator settles debits 15 s after
// payment (STRIPE_EMULATOR_DEBIT_DELAY_MS in tests/setup/e2e-global-setup.mjs): the app's sessions
// have no test clock (tests/integration/emulator/sepa-debit covers settling on a clock).
import type { Page } from "playwright-core";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo } from "@/tests/helpers/mailbox";
import { waitFor } from "@/tests/helpers/wait-for";

const SETTLES = { timeoutMs: 60_000, intervalMs: 250 };

describe("giving by SEPA Direct Debit", () => {
  let browser: BrowserSession;
  let prisma: PrismaClient;
  beforeAll(async () => {
    browser = await launchBrowser();
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
  });
  afterAll(async () => {
    await browser.close();
    await prisma.$disconnect();
  });

  /** From the appeal, a one-time euro gift of €25 to the emulator's hosted page. */
  async function startEuroGift(page: Page) {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("radio", { name: "Once" }).check();
    await page.getByLabel("Currency").selectOption("eur");
    await page.getByRole("radio", { name: "€25" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
  }

  async function payBySepa(page: Page, email: string, iban: string) {
    await page.getByLabel("Email").fill(email);
    await page.getByRole("radio", { name: "SEPA Direct Debit" }).check();
    await page.getByLabel("Account holder name").fill("Anna Beispiel");
    await page.getByLabel("IBAN").fill(iban);
    await page.getByRole("button", { name: "Donate" }).click();
  }

  const donationStatus = async (sessionId: string) => (await prisma.donation.findUnique({ where: { stripeCheckoutSessionId: sessionId }, select: { status: true } }))?.status;

  it("shows the SEPA badge for euro gifts only", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel("Currency").selectOption("eur");
    await expect(page.getByRole("img", { name: "SEPA Direct Debit" }).count()).resolves.toBe(1);
    await page.getByLabel("Currency").selectOption("usd");
    await expect(page.getByRole("img", { name: "SEPA Direct Debit" }).count()).resolves.toBe(0);
    await expect(page.getByRole("img", { name: "Visa" }).count()).resolves.toBe(1);
  });

  it("hides a one-time-only badge (iDEAL) while Monthly is chosen, without JavaScript", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    await prisma.setting.upsert({ where: { key: "payment-badges" }, update: { value: { eur: ["card", "ideal", "sepa_debit"] } }, create: { key: "payment-badges", value: { eur: ["card", "ideal", "sepa_debit"] } } });
    try {
      const page = await noScript.context.newPage();
      const ideal = page.getByRole("img", { name: "iDEAL" });
      // The app keeps settings for up to 5 s: the appeal with a choice is rendered per request.
      await waitFor("the saved badges on the appeal", async () => {
        await page.goto(`${baseUrl()}/?currency=eur&frequency=once&amount=25`);
        return (await ideal.count()) === 1;
      });
      await page.getByRole("radio", { name: "Monthly" }).check();
      await expect(ideal.count()).resolves.toBe(0);
      await expect(page.getByRole("img", { name: "SEPA Direct Debit" }).count()).resolves.toBe(1);
      await page.getByRole("radio", { name: "Once" }).check();
      await expect(ideal.count()).resolves.toBe(1);
    } finally {
      await prisma.setting.delete({ where: { key: "payment-badges" } });
      await noScript.close();
    }
  });

  it("refuses an invalid IBAN on the hosted page and keeps the reader there", async () => {
    const page = await browser.context.newPage();
    await startEuroGift(page);
    const hosted = page.url();
    await payBySepa(page, "typo@example.org", "DE00 3704 0044 0532 0130 00");
    await expect(page.getByRole("alert").textContent()).resolves.toBe("Your IBAN is invalid.");
    expect(page.url()).toBe(hosted);
    await expect(page.getByLabel("IBAN").inputValue()).resolves.toBe("DE00 3704 0044 0532 0130 00");
  });

  it("is pending on the thank-you page and in the ledger, then paid when the bank settles it", async () => {
    const page = await browser.context.newPage();
    await startEuroGift(page);
    await payBySepa(page, "sepa.paid@example.org", "DE89 3704 0044 0532 0130 00");
    await page.waitForURL((url) => url.pathname === "/thank-you");
    await expect(page.locator("main").textContent()).resolves.toContain("Your bank has not confirmed the payment yet");
    const sessionId = new URL(page.url()).searchParams.get("session_id")!;
    expect(await donationStatus(sessionId)).toBe("PENDING");
    await waitFor("the debit to settle as paid", async () => (await donationStatus(sessionId)) === "SUCCEEDED", SETTLES);
    await waitFor("the email saying it is on its way", () => messagesTo("sepa.paid@example.org").some((mail) => mail.includes("Subject: Your gift is on its way")));
  });

  it("ends failed with a failing IBAN, and the reader is told by email that nothing was taken", async () => {
    const page = await browser.context.newPage();
    await startEuroGift(page);
    await payBySepa(page, "sepa.bounced@example.org", "DE62 3704 0044 0532 0130 01");
    await page.waitForURL((url) => url.pathname === "/thank-you");
    const sessionId = new URL(page.url()).searchParams.get("session_id")!;
    expect(await donationStatus(sessionId)).toBe("PENDING");
    await waitFor("the debit to fail", async () => (await donationStatus(sessionId)) === "FAILED", SETTLES);
    const bounced = await waitFor("the email saying it did not go through", () => messagesTo("sepa.bounced@example.org").find((mail) => mail.includes("Subject: Your gift did not go through")));
    expect(bounced).toContain("Nothing was taken from your account.");
  });
});
