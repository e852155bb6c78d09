// Remind me later, as a reader does it, with JavaScript off: sign up on /remind, confirm through
// the link in the captured email, then (clock moved to the reminder's month) the due job sends
// the reminder, whose link leads back to the appeal with the reader's choice.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import type { PrismaClient } from "@/lib/db/generated/client";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";

async function waitForMail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ParsedMail> {
  const dir = process.env.E2E_MAILBOX_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir).sort()) {
      const mail = await simpleParser(readFileSync(path.join(dir, file)));
      const recipient = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
      if (recipient === to && subject.test(mail.subject ?? "")) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email "${subject}" to ${to} within ${timeoutMs} ms`);
}

function linkIn(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting ${prefix}`);
  return link;
}

describe("remind me later, without JavaScript", () => {
  let session: BrowserSession;
  let prisma: PrismaClient;
  beforeAll(async () => {
    // The due job runs in this process against the server's database and settings.
    Object.assign(process.env, JSON.parse(process.env.E2E_APP_ENV!), { LOG_LEVEL: "warn" });
    prisma = (await import("@/lib/db/create-prisma-client")).createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    session = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session.close();
    await prisma.$disconnect();
  });

  it("signs up, confirms by email, receives the reminder when due and follows it to the appeal with the choice", async () => {
    const email = `e2e-${Date.now()}@example.org`;
    const page = await session.context.newPage();
    const remind = await page.goto(`${baseUrl()}/remind?frequency=monthly&amount=15&currency=eur`);
    expect(remind?.status()).toBe(200);
    await page.screenshot({ path: screenshotPath("remind-page.png"), fullPage: true });

    await page.getByLabel("Your email address").fill(email);
    await page.getByLabel("In 3 months").check();
    await page.getByRole("button", { name: "Email me a reminder" }).click();
    await page.waitForURL(/\/remind\/check-your-email\?month=/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Check your inbox");
    const remindMonth = new URL(page.url()).searchParams.get("month")!;

    const confirmation = await waitForMail(email, /^Confirm your reminder/);
    await page.goto(linkIn(confirmation, `${baseUrl()}/remind/confirm?token=`));
    await page.getByRole("button", { name: "Confirm my reminder" }).click();
    await page.waitForURL(/\/remind\/confirm\?confirmed=/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Your reminder is set");

    const { sendDueReminders } = await import("@/lib/reminders/send-due-reminders");
    const outcome = await sendDueReminders(prisma, { now: new Date(`${remindMonth}-01T06:00:00Z`) });
    expect(outcome.sent).toBeGreaterThanOrEqual(1);

    const reminder = await waitForMail(email, /^The reminder you asked for/);
    expect(reminder.text).toContain("€15 a month");
    const landing = await page.goto(linkIn(reminder, `${baseUrl()}/r/`));
    expect(landing?.status()).toBe(200);
    expect(page.url()).toBe(`${baseUrl()}/?frequency=monthly&amount=15&currency=eur&source=reminder`);
  });

  it("snoozes the appeal with a cookie", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/remind`);
    await page.getByRole("button", { name: /^Snooze for \d+ days$/ }).click();
    await page.waitForURL(/\/remind\?snoozed=/);
    const cookie = (await session.context.cookies()).find((c) => c.name === "appeal_snoozed_until");
    expect(Date.parse(decodeURIComponent(cookie!.value))).toBeGreaterThan(Date.now());
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/We will not show you the appeal/);
    // The appeal steps back: no letter, just the form for a reader who came to give anyway.
    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thank you for reading");
    await expect(page.locator("main [role=status]").first().textContent()).resolves.toMatch(/step back until/);
    await expect(page.getByRole("button", { name: "Continue" }).count()).resolves.toBe(1);
    // A reader who follows a reminder link asked to be asked: the letter is back.
    await page.goto(`${baseUrl()}/?frequency=monthly&amount=5&currency=usd&source=reminder`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.not.toBe("Thank you for reading");
    await session.context.clearCookies();
  });

  it("shows a clear message and keeps the choice when the address is wrong", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/remind?frequency=annual&amount=50&currency=usd`);
    // type=email would stop the browser submitting; the server's own check is what is tested.
    await page.getByLabel("Your email address").evaluate((input) => input.setAttribute("type", "text"));
    await page.getByLabel("Your email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a reminder" }).click();
    await page.waitForURL(/\/remind\?error=invalid_email/);
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/does not look right/);
    expect(page.url()).toContain("frequency=annual");
  });
});
