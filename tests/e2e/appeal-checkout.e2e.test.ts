// A reader goes from the appeal through the emulator's hosted Checkout page to the thank-you page,
// in Chromium: each frequency, a declined card, cancelling, without JavaScript and by keyboard.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

async function payOnHostedPage(page: Page, card: string, button: "Donate" | "Subscribe") {
  await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
  await page.getByLabel("Email").fill("reader@example.org");
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiration").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Cardholder name").fill("Ada Reader");
  await page.getByRole("button", { name: button }).click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

describe("the appeal and checkout", () => {
  let browser: BrowserSession;
  let noScript: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
    noScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser.close();
    await noScript.close();
  });

  describe("when a reader gives once", () => {
    it("pays on the hosted page and lands on a thank-you page that says what was given", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole("radio", { name: "Once" }).check();
      await page.getByRole("radio", { name: "$25" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await payOnHostedPage(page, "4242 4242 4242 4242", "Donate");
      await page.waitForURL((url) => url.pathname === "/thank-you");
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thank you for your support");
      await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving $25.");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe("when a reader gives monthly with an amount of their own", () => {
    it("subscribes and the thank-you page says how often", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      await expect(page.getByRole("radio", { name: "Monthly" }).isChecked()).resolves.toBe(true);
      await page.getByLabel("Other amount").fill("7.50");
      await page.getByRole("button", { name: "Continue" }).click();
      await payOnHostedPage(page, "4242 4242 4242 4242", "Subscribe");
      await page.waitForURL((url) => url.pathname === "/thank-you");
      await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving $7.50 every month.");
    });
  });

  describe("when a reader gives annually in euros", () => {
    it("shows the amounts in euros at once and subscribes yearly", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole("radio", { name: "Annual" }).check();
      await page.getByLabel("Currency").selectOption("eur");
      await page.getByRole("radio", { name: "€100" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await payOnHostedPage(page, "4242 4242 4242 4242", "Subscribe");
      await page.waitForURL((url) => url.pathname === "/thank-you");
      await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving €100 every year.");
    });
  });

  describe("when the card is declined", () => {
    it("stays on the hosted page with the reason, and cancelling brings the reader back to their choice", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole("radio", { name: "Once" }).check();
      await page.getByRole("radio", { name: "$50" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await payOnHostedPage(page, "4000 0000 0000 0002", "Donate");
      await expect(page.getByRole("alert").textContent()).resolves.toContain("declined");
      await page.getByRole("link", { name: "Cancel and go back" }).click();
      await page.waitForURL((url) => url.href.startsWith(baseUrl()) && url.pathname === "/");
      await expect(page.getByRole("radio", { name: "Once" }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole("radio", { name: "$50" }).isChecked()).resolves.toBe(true);
    });
  });

  describe("when the reader cancels on the hosted page", () => {
    it("comes back to the appeal with frequency, amount and currency kept (not the source), and a note that nothing was taken", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/?source=reminder`);
      await page.getByLabel("Currency").selectOption("gbp");
      await page.getByRole("radio", { name: "£10" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
      await page.getByRole("link", { name: "Cancel and go back" }).click();
      await page.waitForURL((url) => url.href.startsWith(baseUrl()));
      await expect(page.getByRole("status").textContent()).resolves.toContain("Your payment was not taken");
      await expect(page.getByRole("radio", { name: "Monthly" }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole("radio", { name: "£10" }).isChecked()).resolves.toBe(true);
      await expect(page.getByLabel("Currency").inputValue()).resolves.toBe("gbp");
      // The return URL is stored at Stripe, so it does not name where the reader came from (issue 19).
      expect(new URL(page.url()).searchParams.get("source")).toBeNull();
    });
  });

  describe("when JavaScript is disabled", () => {
    it("refuses a too-small amount with the message and the choice kept, then completes a gift", async () => {
      const page = await noScript.context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole("radio", { name: "Annual" }).check();
      await page.getByLabel("Other amount").fill("1");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL((url) => url.searchParams.get("error") === "amount_below_minimum");
      await expect(page.getByRole("alert").textContent()).resolves.toBe("The smallest gift we can take is $2.");
      await expect(page.getByRole("radio", { name: "Annual" }).isChecked()).resolves.toBe(true);
      await expect(page.getByLabel("Other amount").inputValue()).resolves.toBe("1");

      await page.getByLabel("Other amount").fill("");
      await page.getByRole("radio", { name: "$250" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await payOnHostedPage(page, "4242 4242 4242 4242", "Subscribe");
      await page.waitForURL((url) => url.pathname === "/thank-you");
      await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving $250 every year.");
    });
  });

  describe("when the reader uses only the keyboard", () => {
    it("chooses, continues and pays without a pointer", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      // The language switch comes first on every reader page, then the form.
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("hreflang"))).resolves.toBe("ru");
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe("monthly");
      await page.keyboard.press("ArrowLeft");
      await expect(page.getByRole("radio", { name: "Once" }).isChecked()).resolves.toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("radio", { name: "$25" }).isChecked()).resolves.toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      // The fee cover box, left unticked, then Continue.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("cover-fees");
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Continue");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
      for (const [label, text] of [
        ["Email", "keys@example.org"],
        ["Card number", "4242424242424242"],
        ["Expiration", "12 / 34"],
        ["CVC", "123"],
        ["Cardholder name", "Kay Board"],
      ] as const) {
        await page.getByLabel(label).focus();
        await page.keyboard.type(text);
      }
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/thank-you");
      await expect(page.getByTestId("gift-summary").textContent()).resolves.toBe("You are giving $25.");
    });
  });

  describe("the appeal page", () => {
    it("has no serious or critical accessibility violations, with and without an error shown", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl()}/`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${baseUrl()}/?frequency=once&amount=0.5&currency=usd&error=amount_below_minimum`);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("shows a clear page for an unknown session id on the thank-you page", async () => {
      const page = await browser.context.newPage();
      const response = await page.goto(`${baseUrl()}/thank-you?session_id=cs_test_unknown0000000000`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("We could not find this payment");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
