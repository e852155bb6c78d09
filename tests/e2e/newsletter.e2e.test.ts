// The newsletter as a reader and the newsroom's mailing tool meet it, in Chromium: a reader gives,
// ticks "Send me the weekly newsletter" on the thank-you page (the gift's address), confirms
// through the emailed link, and appears in the staff export with an unsubscribe URL; the mailing
// tool's one-click POST of that URL (RFC 8058) takes the address out of the export again.
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { payOnHostedPage } from "@/tests/helpers/hosted-checkout";
import { messagesTo, waitForLink } from "@/tests/helpers/mailbox";
import { createStaffSession } from "@/tests/helpers/staff-session";

async function giveOnce(page: Page, email: string) {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole("radio", { name: "Once" }).check();
  await page.getByRole("radio", { name: "$25" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await payOnHostedPage(page, { email });
  await page.waitForURL((url) => url.pathname === "/thank-you");
}

describe("the weekly newsletter", () => {
  let session: BrowserSession;
  let prisma: PrismaClient;
  let admin: string;
  const exportCsv = async () => {
    const response = await fetch(`${baseUrl()}/api/dashboard/exports/newsletter`, { headers: { cookie: admin } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    prisma = (await import("@/lib/db/create-prisma-client")).createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    admin = (await createStaffSession(prisma, "newsletter-admin@newsroom.test", "ADMIN")).cookie;
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session.close();
    await prisma.$disconnect();
  });

  it("signs a reader up from the thank-you page, lists them once confirmed, and drops them on the unsubscribe header's one-click POST", async () => {
    const email = `newsletter-${Date.now()}@example.org`;
    const page = await session.context.newPage();
    await giveOnce(page, email);

    // Without the box ticked: a clear answer, and nothing is stored.
    await page.getByRole("button", { name: "Sign me up" }).click();
    await page.waitForURL((url) => url.searchParams.get("newsletter_error") === "missing_consent");
    await expect(page.locator("main [role=alert]").textContent()).resolves.toMatch(/Tick .Send me the weekly newsletter. to sign up/);
    await expect(page.getByLabel("Send me the weekly newsletter").isChecked()).resolves.toBe(false);
    await page.screenshot({ path: screenshotPath("newsletter-thank-you.png"), fullPage: true });

    // Ticked, with the address left empty: the gift's address is used.
    await page.getByLabel("Send me the weekly newsletter").check();
    await page.getByRole("button", { name: "Sign me up" }).click();
    await page.waitForURL((url) => url.pathname === "/newsletter/check-your-email");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Check your inbox");

    const link = await waitForLink(email, new RegExp(`${baseUrl()}/newsletter/confirm\\?token=[\\w-]+`), 20_000);
    // Discreet: the subject does not name the newsroom.
    // The gift's receipt goes to the same address: the confirmation is one of the messages.
    expect(messagesTo(email).some((message) => /^Subject: Confirm your sign-up\r?$/m.test(message))).toBe(true);
    expect(await exportCsv()).not.toContain(email);
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my sign-up" }).click();
    await page.waitForURL((url) => url.searchParams.get("confirmed") === "1");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("You are signed up");

    const row = (await exportCsv()).split("\n").find((line) => line.startsWith(`${email},`));
    expect(row).toMatch(new RegExp(`^${email.replace(/[.]/g, "\\.")},en,`));
    const unsubscribeUrl = row!.split(",").at(-1)!.trim();
    expect(unsubscribeUrl).toMatch(`${baseUrl()}/api/newsletter/unsubscribe?token=`);
    expect(await prisma.auditLog.count({ where: { action: "export.newsletter" } })).toBeGreaterThanOrEqual(1);

    // What a mail provider sends for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`: no cookie, no origin.
    const oneClick = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    const forged = await oneClick(unsubscribeUrl.replace(/token=[^.]+\./, "token=someone-else."));
    expect(forged.status).toBe(400);
    expect(await exportCsv()).toContain(email);
    const unsubscribed = await oneClick(unsubscribeUrl);
    expect(unsubscribed.status).toBe(200);
    expect(await exportCsv()).not.toContain(email);
  });

  it("shows staff the export and the webhook in Settings, and refuses a webhook URL while the server has no signing secret", async () => {
    const context = await session.browser.newContext();
    const [name, value] = admin.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/dashboard/settings#newsletter`);
    await expect(page.getByRole("link", { name: "Export confirmed addresses (CSV)" }).getAttribute("href")).resolves.toBe("/api/dashboard/exports/newsletter");
    await page.getByLabel("Webhook URL").fill("https://mailing-tool.example/hooks/newsletter");
    await page.getByRole("button", { name: "Save webhook" }).click();
    await expect(page.locator("#newsletter [role=alert]").textContent()).resolves.toMatch(/Not saved: Set NEWSLETTER_WEBHOOK_SECRET/);
    await page.locator("#newsletter").screenshot({ path: screenshotPath("newsletter-settings.png") });
    expect(await prisma.setting.count({ where: { key: "newsletter-webhook" } })).toBe(0);
    await context.close();
  });

  it("offers its own page with the box unticked, and stores nothing without it", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/newsletter`);
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel("Send me the weekly newsletter").isChecked()).resolves.toBe(false);
    await page.getByLabel("Your email address").fill("no-consent@example.org");
    await page.getByRole("button", { name: "Sign me up" }).click();
    await page.waitForURL((url) => url.pathname === "/newsletter" && url.searchParams.get("newsletter_error") === "missing_consent");
    await expect(page.locator("main [role=alert]").textContent()).resolves.toMatch(/we keep nothing/);
    await page.screenshot({ path: screenshotPath("newsletter-page.png"), fullPage: true });
    expect(await prisma.newsletterConsent.count({ where: { source: "newsletter-page" } })).toBe(0);
  });
});
