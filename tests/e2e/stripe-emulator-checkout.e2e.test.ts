// A reader pays on the emulator's hosted Checkout page in Chromium and lands on success_url.
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

function stripeApiBase(): string {
  const url = process.env.E2E_STRIPE_API_BASE;
  if (!url) throw new Error("E2E_STRIPE_API_BASE is not set: run end-to-end tests through jest's e2e project");
  return url;
}

describe("the Stripe emulator's hosted checkout page", () => {
  let session: BrowserSession;
  const stripe = createStripeClient("sk_test_e2e", stripeApiBase());
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => session.close());

  const donation = (submitType: "donate" | "pay") =>
    stripe.checkout.sessions.create({
      mode: "payment",
      submit_type: submitType,
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Support independent reporting" } } }],
      success_url: `${baseUrl()}/privacy?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${baseUrl()}/?cancelled=1`,
    });

  describe("when a reader pays a donation with a test card", () => {
    it("redirects to success_url with the session id and the session is paid", async () => {
      const checkout = await donation("donate");
      const page = await session.context.newPage();
      await page.goto(String(checkout.url));
      await page.getByLabel("Email").fill("reader@example.org");
      await page.getByLabel("Card number").fill("4242 4242 4242 4242");
      await page.getByLabel("Expiration").fill("12 / 34");
      await page.getByLabel("CVC").fill("123");
      await page.getByLabel("Cardholder name").fill("Ada Reader");
      await page.getByRole("button", { name: "Donate" }).click();
      await page.waitForURL((url) => url.pathname === "/privacy");
      expect(new URL(page.url()).searchParams.get("session_id")).toBe(checkout.id);
      await expect(stripe.checkout.sessions.retrieve(checkout.id)).resolves.toMatchObject({
        status: "complete",
        payment_status: "paid",
        customer_details: { email: "reader@example.org", name: "Ada Reader" },
      });
    });
  });

  describe("when the card is declined", () => {
    it("stays on the page, says why, and keeps the reader's email", async () => {
      const checkout = await donation("pay");
      const page = await session.context.newPage();
      await page.goto(String(checkout.url));
      await page.getByLabel("Email").fill("declined@example.org");
      await page.getByLabel("Card number").fill("4000 0000 0000 0002");
      await page.getByLabel("Expiration").fill("12 / 34");
      await page.getByLabel("CVC").fill("123");
      await page.getByRole("button", { name: "Pay" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Your card was declined.");
      await expect(page.getByLabel("Email").inputValue()).resolves.toBe("declined@example.org");
      await expect(stripe.checkout.sessions.retrieve(checkout.id)).resolves.toMatchObject({ status: "open" });
    });
  });

  describe("when the reader cancels", () => {
    it("follows the cancel link back to cancel_url", async () => {
      const checkout = await donation("donate");
      const page = await session.context.newPage();
      await page.goto(String(checkout.url));
      await page.getByRole("link", { name: "Cancel and go back" }).click();
      await page.waitForURL((url) => url.searchParams.get("cancelled") === "1");
    });
  });

  describe("when a monthly donation is started", () => {
    it("offers a Subscribe button and creates the subscription", async () => {
      const checkout = await stripe.checkout.sessions.create({
        mode: "subscription",
        line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 500, recurring: { interval: "month" }, product_data: { name: "Monthly support" } } }],
        success_url: `${baseUrl()}/privacy?session_id={CHECKOUT_SESSION_ID}`,
        customer_email: "monthly@example.org",
      });
      const page = await session.context.newPage();
      await page.goto(String(checkout.url));
      await expect(page.getByLabel("Email").inputValue()).resolves.toBe("monthly@example.org");
      await page.getByLabel("Card number").fill("4242424242424242");
      await page.getByLabel("Expiration").fill("12/34");
      await page.getByLabel("CVC").fill("123");
      await page.getByRole("button", { name: "Subscribe" }).click();
      await page.waitForURL((url) => url.pathname === "/privacy");
      const paid = await stripe.checkout.sessions.retrieve(checkout.id, { expand: ["subscription"] });
      expect(paid.subscription).toMatchObject({ object: "subscription", status: "active" });
    });
  });
});
