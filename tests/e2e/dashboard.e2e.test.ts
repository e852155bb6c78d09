// A member of staff signs in through the emailed magic link, reads the overview, opens a
// supporter (with the history of their recurring gift), exports donations as CSV and signs out. Screenshots go to a temporary folder for review (screenshotPath).
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoLedger } from "@/lib/dev/seed-demo-ledger";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { nameIndex } from "@/lib/privacy/name-index";
import { parseEncryptionKeys, setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { baseUrl, launchBrowser, screenshotPath, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo, waitForLink } from "@/tests/helpers/mailbox";

const editor = "editor@newsroom.test";
const magicLink = /http:\/\/127\.0\.0\.1:\d+\/api\/auth\/callback\/email\?[^\s"<>]+/;

describe("the staff dashboard, end to end", () => {
  let prisma: PrismaClient;
  let session: BrowserSession;
  let page: Page;
  let supporterId: string;

  beforeAll(async () => {
    const keys = parseEncryptionKeys(process.env.E2E_PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(process.env.E2E_PII_INDEX_KEY!, "base64") });
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 4);
    await prisma.user.upsert({ where: { email: editor }, update: { role: "ADMIN" }, create: { email: editor, role: "ADMIN" } });
    await seedDemoLedger(prisma, { supporters: 250, now: new Date() });
    await prisma.funnelEvent.createMany({
      data: [...Array(40).fill("SNOOZE"), ...Array(14).fill("REMINDER_SIGNUP"), ...Array(11).fill("REMINDER_CONFIRMED"), ...Array(9).fill("REMINDER_SENT"), ...Array(4).fill("REMINDER_CLICKED")].map((kind) => ({
        kind,
        createdAt: new Date(Date.now() - Math.random() * 20 * 86_400_000),
      })),
    });
    // The supporter a donation through the checkout leaves in the ledger (written as the webhooks would).
    const rosa = await prisma.supporter.create({
      data: {
        emailIndex: emailIndex("rosa.reader@example.org"),
        emailEncrypted: encryptPii("rosa.reader@example.org"),
        nameEncrypted: encryptPii("Rosa Reader"),
        nameIndex: nameIndex("Rosa Reader"),
        firstGiftAt: new Date(),
      },
    });
    supporterId = rosa.id;
    await prisma.stripeCustomer.create({ data: { id: "cus_e2e_rosa", supporterId: rosa.id } });
    await prisma.donation.create({
      data: { supporterId: rosa.id, amount: 4200, currency: "usd", frequency: "ONCE", status: "SUCCEEDED", paidAt: new Date(), stripePaymentIntentId: "pi_e2e_rosa", source: "appeal" },
    });
    // Rosa's monthly gift as the subscription webhooks leave it: started, raised, set to end with a reason.
    const day = 86_400_000;
    const rosaMonthly = await prisma.subscription.create({
      data: { stripeSubscriptionId: "sub_e2e_rosa", supporterId: rosa.id, status: "ACTIVE", frequency: "MONTHLY", amount: 1200, currency: "usd", cancelAtPeriodEnd: true, startedAt: new Date(Date.now() - 10 * day) },
    });
    const monthly = (amount: number) => ({ amount, frequency: "MONTHLY" as const });
    for (const [kind, daysAgo, from, to] of [
      ["STARTED", 10, null, monthly(500)],
      ["AMOUNT_CHANGED", 5, monthly(500), monthly(1200)],
      ["CANCEL_SCHEDULED", 1, monthly(1200), null],
    ] as const) {
      await prisma.subscriptionChange.create({
        data: {
          subscriptionId: rosaMonthly.id,
          kind,
          currency: "usd",
          fromAmount: from?.amount ?? null,
          fromFrequency: from?.frequency ?? null,
          toAmount: to?.amount ?? null,
          toFrequency: to?.frequency ?? null,
          reasonFeedback: kind === "CANCEL_SCHEDULED" ? "too_expensive" : null,
          reasonCommentEncrypted: kind === "CANCEL_SCHEDULED" ? encryptPii("Prices went up, I will be back next year.") : null,
          occurredAt: new Date(Date.now() - daysAgo * day),
        },
      });
    }
    // A renewal waiting for Rosa's bank (3-D Secure), as invoice.payment_action_required leaves it.
    await prisma.subscription.create({
      data: {
        stripeSubscriptionId: "sub_e2e_rosa_3ds",
        supporterId: rosa.id,
        status: "PAST_DUE",
        frequency: "ANNUAL",
        amount: 9100,
        currency: "usd",
        startedAt: new Date(Date.now() - 366 * day),
        lastFailureReason: "authentication_required",
        lastFailureAt: new Date(),
      },
    });
    for (const status of ["COMPLETED", "COMPLETED", "EXPIRED", "OPEN"] as const) {
      await prisma.checkoutAttempt.create({ data: { amount: 4200, currency: "usd", frequency: "ONCE", status } });
    }
    session = await launchBrowser();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1360, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
    await prisma?.$disconnect();
    setPiiKeysForProcess(undefined);
  });

  it("sends an unknown address to the same page as staff, but emails it nothing", async () => {
    await page.goto(`${baseUrl()}/signin`);
    await page.getByLabel("Work email").fill("stranger@example.org");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    // A link is sent before this redirect (next-auth awaits the send), so one would be here by now.
    await page.waitForURL(/\/signin\/check-email/);
    expect(messagesTo("stranger@example.org")).toEqual([]);
    expect(await prisma.user.count({ where: { email: "stranger@example.org" } })).toBe(0);
  });

  it("signs staff in through the magic link emailed to them", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await page.waitForURL(/\/signin\?callbackUrl=/);
    await page.screenshot({ path: screenshotPath("dashboard-signin.png") });
    await page.getByLabel("Work email").fill(editor);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL(/\/signin\/check-email/);
    const link = await waitForLink(editor, magicLink);
    await page.goto(link);
    await page.waitForURL(`${baseUrl()}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Overview");
    expect(await prisma.auditLog.count({ where: { action: "staff.sign_in", actor: { email: editor } } })).toBe(1);
  });

  it("shows the overview with the new donation in it", async () => {
    // In dollars, as the seeded ledger: the default currency comes from a list other specs' gifts fill.
    await page.goto(`${baseUrl()}/dashboard?currency=usd`);
    const raised = page.locator(".card", { hasText: "Raised" }).first();
    await expect(raised.locator(".figure").textContent()).resolves.toMatch(/^\$[\d,]+\.\d\d$/);
    await expect(page.getByRole("img", { name: /Money raised per day/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Retention by month of first gift" }).count()).resolves.toBe(1);
    await expect(
      page
        .getByRole("table", { name: /Change in monthly recurring revenue per month/ })
        .getByRole("row")
        .count(),
    ).resolves.toBe(13);
    await expect(page.getByRole("heading", { name: "Why supporters cancel" }).count()).resolves.toBe(1);
    // The editor is an admin: readers' own words are shown to admins only.
    await expect(page.getByText("Prices went up, I will be back next year.").count()).resolves.toBe(1);
    const awaiting = page.locator("section", { has: page.getByRole("heading", { name: /^Renewals waiting for the supporter to confirm \(\d+\)$/ }) });
    await expect(awaiting.getByRole("row", { name: /\$91(\.00)? a year/ }).count()).resolves.toBe(1);
    await expect(
      page
        .locator("section", { has: page.getByRole("heading", { name: /^Failed renewals needing attention/ }) })
        .getByText("authentication_required")
        .count(),
    ).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath("dashboard-overview.png"), fullPage: true });
  });

  it("finds the supporter by email and shows who they are, logging the view", async () => {
    await page.goto(`${baseUrl()}/dashboard/supporters`);
    await page.getByRole("searchbox", { name: "Search" }).fill("Rosa.Reader@example.org");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: supporterId.slice(-10) }).click();
    await page.waitForURL(`${baseUrl()}/dashboard/supporters/${supporterId}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Rosa Reader");
    await expect(page.getByText("rosa.reader@example.org").count()).resolves.toBe(1);
    await expect(page.getByRole("link", { name: "cus_e2e_rosa" }).getAttribute("href")).resolves.toBe("https://dashboard.stripe.com/test/customers/cus_e2e_rosa");
    await expect(page.getByText("One-time gift of $42.00").count()).resolves.toBe(1);
    await expect(page.getByText("Started giving $5.00 a month").count()).resolves.toBe(1);
    await expect(page.getByText("Changed from $5.00 a month to $12.00 a month").count()).resolves.toBe(1);
    await expect(page.getByText("Asked to stop $12.00 a month at the end of the period (costs too much)").count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath("dashboard-supporter.png"), fullPage: true });
    expect(await prisma.auditLog.count({ where: { action: "supporter.viewed", targetId: supporterId } })).toBe(1);
  });

  it("exports donations as a CSV file and records the export", async () => {
    await page.goto(`${baseUrl()}/dashboard/donations?currency=usd`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("donation_id,paid_at,amount,amount_refunded,currency,frequency,status,supporter_id,subscription_id,stripe_payment_intent_id,stripe_invoice_id");
    expect(lines.some((line) => line.includes(",42.00,0.00,usd,once,succeeded,") && line.includes(supporterId))).toBe(true);
    expect(lines.length - 1).toBe(await prisma.donation.count({ where: { currency: "usd", paidAt: { not: null } } }));
    expect(await prisma.auditLog.count({ where: { action: "export.donations" } })).toBe(1);
  });

  it("signs out, after which the dashboard asks for sign-in again", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/signin/);
    await page.goto(`${baseUrl()}/dashboard`);
    await page.waitForURL(/\/signin\?callbackUrl=/);
    expect(await prisma.session.count({ where: { user: { email: editor } } })).toBe(0);
  });
});
