// The thank-you page reads the session from Stripe, describes only sessions of our own attempts,
// and records the result through the ledger's sync. Reloads are served from a cache, and reads
// from Stripe are limited per client address: the app's Stripe calls pass a counting proxy.
import { renderToStaticMarkup } from "react-dom/server";
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startCountingHttpProxy, type CountingHttpProxy } from "@/tests/helpers/counting-http-proxy";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

// The page is rendered outside a Next.js request here: the request's headers are the test's.
let clientAddress = "198.51.100.1";
let addresses = 0;
// No cookies: the reader did not come from an embedded appeal. The reader's language is English.
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }), cookies: async () => new Map() }));
jest.mock("next-intl/server", () => jest.requireActual("@/tests/helpers/english-next-intl-server"));

const thankYouLimit = 5;

describe("the thank-you page", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let stripeCalls: CountingHttpProxy;
  let app: CheckoutApp;
  let renderPage: (sessionId?: string) => Promise<string>;

  async function startGift(body: Record<string, string>): Promise<string> {
    const response = await app.postJson(body);
    const { url } = (await response.json()) as { url: string };
    const sessions = await emulator.stripe.checkout.sessions.list({ limit: 100 });
    return sessions.data.find((session) => session.url === url)!.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    stripeCalls = await startCountingHttpProxy(emulator.emulator.url!);
    app = await loadCheckoutApp(db, emulator, { STRIPE_API_BASE: stripeCalls.url, THANK_YOU_RATE_LIMIT_POINTS: String(thankYouLimit), THANK_YOU_RATE_LIMIT_WINDOW_SECONDS: "600" });
    const ThankYouPage = (await import("@/app/(site)/thank-you/page")).default;
    renderPage = async (sessionId) => renderToStaticMarkup(await ThankYouPage({ searchParams: Promise.resolve(sessionId ? { session_id: sessionId } : {}) }));
  });
  // Each test is its own reader unless it says otherwise; the limit has its own tests below.
  beforeEach(() => {
    addresses += 1;
    clientAddress = `198.51.100.${addresses}`;
  });
  afterAll(async () => {
    await stripeCalls.close();
    await emulator.close();
    await db.drop();
  });

  describe("when a one-time gift is paid", () => {
    it("says what was given and records the donation before any webhook", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "25", currency: "usd" });
      expect((await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" })).status).toBe(200);
      const html = await renderPage(sessionId);
      expect(html).toContain("Thank you for your support");
      expect(html).toContain("<strong>$25</strong>");
      expect(html).toContain("nothing more will be taken");
      const attempt = await db.prisma.checkoutAttempt.findUniqueOrThrow({ where: { stripeCheckoutSessionId: sessionId } });
      expect(attempt.status).toBe("COMPLETED");
      const donation = await db.prisma.donation.findFirstOrThrow({ where: { checkoutAttemptId: attempt.id } });
      expect(donation).toMatchObject({ amount: 2500, currency: "usd", status: "SUCCEEDED", frequency: "ONCE" });
    });

    it("invites a modest monthly gift, counts the offer, and offers a reminder to give again", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "25", currency: "usd" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" });
      const offersBefore = await db.prisma.funnelEvent.count({ where: { kind: "MONTHLY_OFFER_SHOWN" } });
      const html = await renderPage(sessionId);
      // $25 / 6 is about $4.17: the largest monthly preset not above it is $2.
      expect(html).toContain("Make it monthly?");
      expect(html).toContain('name="frequency" value="monthly"');
      expect(html).toContain('name="amount" value="2.00"');
      expect(html).toContain('name="source" value="monthly-invite"');
      expect(html).toContain("Want a nudge to give again?");
      expect(await db.prisma.funnelEvent.count({ where: { kind: "MONTHLY_OFFER_SHOWN" } })).toBe(offersBefore + 1);
    });
  });

  describe("when a monthly gift is paid", () => {
    it("says how often and how to manage it", async () => {
      const sessionId = await startGift({ frequency: "monthly", amount: "5", currency: "eur" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" });
      const html = await renderPage(sessionId);
      expect(html).toContain("<strong>€5 every month</strong>");
      expect(html).toContain("You can change the amount, switch between monthly and annual, pause, update your card or cancel at any time");
      expect(html).toContain('<a href="/manage">Manage your support</a>');
      expect(html).not.toContain("Make it monthly?");
      expect(await db.prisma.checkoutAttempt.findFirst({ where: { stripeCheckoutSessionId: sessionId }, select: { status: true } })).toEqual({ status: "COMPLETED" });
    });
  });

  describe("when the payment is a bank debit still on its way", () => {
    it("says so honestly", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "40", currency: "eur" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { method: "bank_debit" });
      const html = await renderPage(sessionId);
      expect(html).toContain("your payment is on its way");
      expect(html).toContain("Your bank has not confirmed the payment yet");
    });
  });

  describe("when the card was declined and the session is still open", () => {
    it("says nothing was taken", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "10", currency: "usd" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4000000000000002" });
      expect(await renderPage(sessionId)).toContain("Your payment is not finished");
    });
  });

  describe("when the session id is not one of ours", () => {
    it.each([
      ["missing", undefined],
      ["malformed", "<script>alert(1)</script>"],
      ["unknown to Stripe", "cs_test_doesnotexist000000"],
    ])("shows a clear page for a %s id", async (_name, sessionId) => {
      expect(await renderPage(sessionId)).toContain("We could not find this payment");
    });

    it("does not describe a session another integration made on the same account", async () => {
      const foreign = await emulator.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 9900, product_data: { name: "Something else" } } }],
        success_url: "https://elsewhere.example/ok",
        client_reference_id: "not-an-attempt",
        metadata: { attempt_id: "not-an-attempt" },
      });
      await emulator.control(`checkout/sessions/${foreign.id}/pay`, { card: "4242424242424242" });
      const html = await renderPage(foreign.id);
      expect(html).toContain("We could not find this payment");
      expect(html).not.toContain("99");
      expect(await db.prisma.donation.count({ where: { stripeCheckoutSessionId: foreign.id } })).toBe(0);
    });
  });

  describe("when a reader reloads the page", () => {
    it("twenty reloads of a paid gift, some at once, make one round of Stripe calls", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "25", currency: "usd" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" });
      const before = stripeCalls.count();
      expect(await renderPage(sessionId)).toContain("<strong>$25</strong>");
      const oneRound = stripeCalls.count() - before;
      expect(oneRound).toBeGreaterThan(0);
      for (let reload = 0; reload < 9; reload += 1) expect(await renderPage(sessionId)).toContain("<strong>$25</strong>");
      const pages = await Promise.all(Array.from({ length: 10 }, () => renderPage(sessionId)));
      expect(pages.every((html) => html.includes("Thank you for your support"))).toBe(true);
      expect(stripeCalls.count() - before).toBe(oneRound);
    });

    it("ten reloads arriving together for a gift not yet read share one read from Stripe", async () => {
      const [first, second] = [await startGift({ frequency: "monthly", amount: "5", currency: "eur" }), await startGift({ frequency: "monthly", amount: "5", currency: "eur" })];
      for (const id of [first, second]) await emulator.control(`checkout/sessions/${id}/pay`, { card: "4242424242424242" });
      const before = stripeCalls.count();
      await renderPage(first);
      const oneRound = stripeCalls.count() - before;
      const pages = await Promise.all(Array.from({ length: 10 }, () => renderPage(second)));
      expect(pages.every((html) => html.includes("<strong>€5 every month</strong>"))).toBe(true);
      expect(stripeCalls.count() - before).toBe(2 * oneRound);
    });
  });

  describe("when one address asks for more thank-you pages than a reader would", () => {
    it("a script trying session ids gets a calm page asking to reload shortly once over the limit, and Stripe hears nothing more", async () => {
      clientAddress = "203.0.113.66";
      for (let attempt = 0; attempt < thankYouLimit; attempt += 1) expect(await renderPage(`cs_test_guess${attempt}000000000000`)).toContain("We could not find this payment");
      const before = stripeCalls.count();
      const html = await renderPage("cs_test_guessover000000000000");
      expect(html).toContain("Just a moment");
      expect(html).toContain("Please reload this page in a minute");
      expect(html).not.toContain("could not find");
      expect(stripeCalls.count()).toBe(before);
    });

    it("still shows a reader behind that address the gift already read, and other addresses are not limited", async () => {
      const sessionId = await startGift({ frequency: "once", amount: "10", currency: "usd" });
      await emulator.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" });
      expect(await renderPage(sessionId)).toContain("<strong>$10</strong>");
      clientAddress = "203.0.113.77";
      for (let attempt = 0; attempt < thankYouLimit; attempt += 1) await renderPage(`cs_test_other${attempt}000000000000`);
      expect(await renderPage(sessionId)).toContain("<strong>$10</strong>");
      clientAddress = "203.0.113.78";
      expect(await renderPage("cs_test_fresh0000000000000")).toContain("We could not find this payment");
    });
  });
});
