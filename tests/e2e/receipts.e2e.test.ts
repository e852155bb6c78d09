// Issue 20, items 10 and 11, from the staff side in Chromium: an admin sets the receipts' legal
// text in Settings, resends a supporter's receipt from their page and downloads their yearly
// statement PDF. Screenshots go to a temporary folder for review (screenshotPath).
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { parseEncryptionKeys, setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo } from "@/tests/helpers/mailbox";
import { readPdfText } from "@/tests/helpers/pdf-text";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { waitFor } from "@/tests/helpers/wait-for";

const address = `receipts.reader.${Date.now()}@example.org`;
const legalText = "Published by Ledger Media Ltd, 1 Example Street.";

describe("receipts and statements on the staff dashboard", () => {
  let prisma: PrismaClient;
  let browser: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let supporterId: string;
  let donationId: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    const keys = parseEncryptionKeys(process.env.E2E_PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(process.env.E2E_PII_INDEX_KEY!, "base64") });
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const supporter = await prisma.supporter.create({ data: { emailIndex: emailIndex(address), emailEncrypted: encryptPii(address), firstGiftAt: new Date() } });
    supporterId = supporter.id;
    const donation = await prisma.donation.create({ data: { supporterId, amount: 1500, currency: "eur", frequency: "MONTHLY", status: "SUCCEEDED", paidAt: new Date(), stripeInvoiceId: `in_e2e_receipt_${Date.now()}` } });
    donationId = donation.id;
    const admin = await createStaffSession(prisma, "receipts-admin@newsroom.test", "ADMIN");
    browser = await launchBrowser();
    context = await browser.browser.newContext({ acceptDownloads: true });
    const [name, value] = admin.cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    page = await context.newPage();
    await page.setViewportSize({ width: 1360, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await prisma?.setting.deleteMany({ where: { key: "receipts" } });
    await prisma?.$disconnect();
    setPiiKeysForProcess(undefined);
  });

  it("an admin saves the receipts' legal text in Settings", async () => {
    await page.goto(`${baseUrl()}/dashboard/settings`);
    await page.getByLabel("Legal text in English").fill(legalText);
    await page.getByRole("button", { name: "Save receipt settings" }).click();
    await page.getByRole("status").filter({ hasText: "The next receipts and statements carry these words." }).waitFor();
    await page.locator("#receipts").screenshot({ path: screenshotPath("receipt-settings.png") });
    expect(await prisma.setting.findUnique({ where: { key: "receipts" }, select: { value: true } })).toEqual({ value: { legalText: { en: legalText, ru: "" }, taxReceipts: false } });
  });

  it("resends a receipt to the supporter's address, with the legal text, and records it", async () => {
    await page.goto(`${baseUrl()}/dashboard/supporters/${supporterId}`);
    await page.getByRole("button", { name: /^Resend receipt/ }).click();
    await page.getByRole("status").filter({ hasText: "Receipt sent again" }).waitFor();
    await page.screenshot({ path: screenshotPath("receipt-resend.png"), fullPage: true });
    await waitFor("the copy of the receipt", () => messagesTo(address).length === 1);
    const [message] = messagesTo(address);
    expect(message).toContain("Subject: Your receipt");
    expect(message).toContain(`Reference: ${donationId}`);
    expect(message).toContain(legalText);
    expect(await prisma.auditLog.count({ where: { action: "receipt.resent", targetId: donationId } })).toBe(1);
  });

  it("downloads the yearly statement PDF, which lists the gift", async () => {
    await page.goto(`${baseUrl()}/dashboard/supporters/${supporterId}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF in English" }).click()]);
    expect(download.suggestedFilename()).toBe(`statement-${year}-en.pdf`);
    const { text } = await readPdfText(new Uint8Array(await readFile((await download.path())!)));
    expect(text).toContain(`Statement of gifts, ${year}`);
    expect(text).toContain(donationId);
    expect(text).toContain("€15.00");
    expect(text).toContain(legalText);
    expect(await prisma.auditLog.count({ where: { action: "statement.downloaded", targetId: supporterId } })).toBe(1);
  });
});
