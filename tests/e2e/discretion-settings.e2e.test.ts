// The Settings page's Discretion section in Chromium: an admin's refused word is explained and
// kept in the field; a saved word and name switch reach Stripe's catalogue products. The discreet
// defaults are put back at the end, as other specs share this server and emulator.
import Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";

describe("the Discretion settings", () => {
  let prisma: PrismaClient;
  let session: BrowserSession;
  let stripe: Stripe;

  beforeAll(async () => {
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    stripe = createStripeClient("sk_test_emulator", process.env.E2E_STRIPE_API_BASE);
    const { cookie } = await createStaffSession(prisma, "admin-discretion@newsroom.test", "ADMIN");
    // A gift of each frequency, so the catalogue's three products exist at the emulator.
    for (const frequency of ["once", "monthly", "annual"]) {
      const response = await fetch(`${baseUrl()}/api/checkout`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": "198.51.100.23" },
        body: JSON.stringify({ frequency, amount: "20", currency: "usd" }),
      });
      expect(response.status).toBe(200);
    }
    session = await launchBrowser();
    const [name, value] = cookie.split("=") as [string, string];
    await session.context.addCookies([{ name, value, url: baseUrl() }]);
  });
  afterAll(async () => {
    await session?.close();
    await prisma?.$disconnect();
  });

  it("explains a refused word and keeps it, then saves a good one and the name switch, and puts the defaults back", async () => {
    const page = await session.context.newPage();
    await page.goto(`${baseUrl()}/dashboard/settings`);
    const section = page.locator("#discretion");
    const word = page.getByLabel("Word on card statements");
    await expect(word.inputValue()).resolves.toBe("SERVICES");

    await word.fill("no*way");
    await page.getByRole("button", { name: "Save discretion settings" }).click();
    await expect(section.getByRole("alert").textContent()).resolves.toContain("The statement word must be 5 to 10 letters");
    await expect(word.inputValue()).resolves.toBe("no*way");
    expect(await prisma.setting.findUnique({ where: { key: "discretion" } })).toBeNull();

    await word.fill("reading");
    await page.getByLabel(/Show the newsroom's name on Stripe's products/).check();
    await page.getByRole("button", { name: "Save discretion settings" }).click();
    await expect(section.getByRole("status").textContent()).resolves.toContain("Saved.");
    await expect(word.inputValue()).resolves.toBe("READING");
    expect((await prisma.setting.findUniqueOrThrow({ where: { key: "discretion" } })).value).toEqual({ statementWord: "READING", nameInStripe: true });
    const products = (await stripe.products.list({ ids: ["reader-support-once", "reader-support-monthly", "reader-support-annual"] })).data;
    expect(products.map((product) => [product.name.replace(/^.+: /, "NAME: "), product.statement_descriptor]).sort()).toEqual([
      ["NAME: Annual support", "READING"],
      ["NAME: Monthly support", "READING"],
      ["NAME: One-time support", "READING"],
    ]);

    await page.reload();
    await page.getByLabel("Word on card statements").fill("SERVICES");
    await page.getByLabel(/Show the newsroom's name on Stripe's products/).uncheck();
    await page.getByRole("button", { name: "Save discretion settings" }).click();
    await expect(section.getByRole("status").textContent()).resolves.toContain("Saved.");
    expect((await prisma.setting.findUniqueOrThrow({ where: { key: "discretion" } })).value).toEqual({ statementWord: "SERVICES", nameInStripe: false });
  });
});
