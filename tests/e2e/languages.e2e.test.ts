// A reader whose browser speaks Russian, in Chromium: the appeal is in Russian, a monthly gift opens
// Checkout in Russian at the emulator, the reminder confirmation arrives in Russian, and the
// language switch turns the pages to English and keeps them so.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

function stripeApiBase(): string {
  const url = process.env.E2E_STRIPE_API_BASE;
  if (!url) throw new Error("E2E_STRIPE_API_BASE is not set: run end-to-end tests through jest's e2e project");
  return url;
}

async function waitForMailTo(to: string, timeoutMs = 15_000): Promise<ParsedMail> {
  const dir = process.env.E2E_MAILBOX_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir).sort()) {
      const mail = await simpleParser(readFileSync(path.join(dir, file)));
      const recipient = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
      if (recipient === to) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email to ${to} within ${timeoutMs} ms`);
}

describe("a reader whose browser speaks Russian", () => {
  let session: BrowserSession;
  const stripe = createStripeClient("sk_test_e2e", stripeApiBase());
  beforeAll(async () => {
    session = await launchBrowser({ locale: "ru-RU" });
  });
  afterAll(async () => {
    await session.close();
  });

  it("reads the appeal in Russian and gives monthly through a Checkout in Russian", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru");
    await expect(page.getByRole("heading", { level: 2, name: "Поддержите нашу работу" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Ваша безопасность" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "Ежемесячно" }).isChecked()).resolves.toBe(true);
    await page.getByLabel("Другая сумма").fill("7");
    await page.getByRole("button", { name: "Продолжить" }).click();
    await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
    const sessionId = /\/(cs_[A-Za-z0-9_]+)/.exec(page.url())?.[1];
    expect(sessionId).toBeDefined();
    await expect(stripe.checkout.sessions.retrieve(sessionId!)).resolves.toMatchObject({ locale: "ru", mode: "subscription", amount_total: 700 });
  });

  it("gets the reminder confirmation in Russian", async () => {
    const email = `e2e-ru-${Date.now()}@example.org`;
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/remind`);
    // The /remind page's own words are not what is tested here: its form, by field names.
    await page.locator('input[name="email"]').fill(email);
    await page.locator('form[action="/api/reminders/sign-up"] button[type="submit"]').click();
    await page.waitForURL(/\/remind\/check-your-email/);
    const mail = await waitForMailTo(email);
    expect(mail.subject).toBe("Подтвердите напоминание");
    expect(mail.text).toContain("Подтвердите, пожалуйста, что это были вы.");
    expect(mail.text).toContain("через 7 дней");
    // Discreet by default: a neutral sender, and no newsroom in the subject.
    expect(mail.from?.value[0]?.name).toBe("Поддержка читателей");
  });

  it("switches to English with the language switch, and the pages stay English", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/privacy`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru");
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${baseUrl()}/privacy`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("How we handle your data");

    await page.goto(`${baseUrl()}/`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByRole("button", { name: "Continue" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "Monthly" }).isChecked()).resolves.toBe(true);
    // Back to Russian from the appeal's own switch.
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(`${baseUrl()}/`);
    await expect(page.getByRole("button", { name: "Продолжить" }).isVisible()).resolves.toBe(true);
  });

  it("sends the switch back only to a page of this site", async () => {
    const response = await fetch(`${baseUrl()}/language?lang=en&back=${encodeURIComponent("https://elsewhere.example/")}`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/");
    expect(new URL(response.headers.get("location")!).host).toBe(new URL(baseUrl()).host);
  });

  it("serves the appeal in the language an embedding page asks for, and English for an unknown one", async () => {
    const russian = await fetch(`${baseUrl()}/appeal/eur?lang=ru`);
    expect(russian.status).toBe(200);
    expect(await russian.text()).toContain('<html lang="ru"');
    for (const query of ["lang=xx", "lang=%E0%A4%A"]) {
      const unknown = await fetch(`${baseUrl()}/appeal/eur?${query}`, { headers: { "accept-language": "!!;q=zz,,," } });
      expect(unknown.status).toBe(200);
      expect(await unknown.text()).toContain('<html lang="en"');
    }
  });
});

describe("a reader whose browser speaks Russian, after giving", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser({ locale: "ru-RU" });
  });
  afterAll(async () => {
    await session.close();
  });

  it("reads the thank-you page and the manage page in Russian, and the switch on them turns them to English for good", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("radio", { name: "Один раз" }).check();
    await page.getByLabel("Другая сумма").fill("9");
    await page.getByRole("button", { name: "Продолжить" }).click();
    await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
    await page.getByLabel("Email").fill("reader@example.org");
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiration").fill("12 / 34");
    await page.getByLabel("CVC").fill("123");
    await page.getByLabel("Cardholder name").fill("Ada Reader");
    await page.getByRole("button", { name: "Donate" }).click();
    await page.waitForURL((url) => url.pathname === "/thank-you");
    const thankYou = page.url();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Спасибо за вашу поддержку");
    await expect(page.getByRole("heading", { name: "Ваша безопасность" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Напомнить вам поддержать нас снова?" }).isVisible()).resolves.toBe(true);
    await expect(page.locator('form[action="/api/reminders/sign-up"] input[name="lang"]').getAttribute("value")).resolves.toBe("ru");

    await page.goto(`${baseUrl()}/manage`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Управление поддержкой");

    // The switch on the manage page: English, here and on the thank-you page after it.
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${baseUrl()}/manage`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Manage your support");
    await page.goto(thankYou);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thank you for your support");
    await expect(page.getByRole("heading", { name: "Your safety" }).isVisible()).resolves.toBe(true);

    // And the thank-you page's own switch turns it back to Russian, which stays.
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(thankYou);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Спасибо за вашу поддержку");
    await page.goto(`${baseUrl()}/remind`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Напомнить позже");
  });
});
