// POST /api/checkout in-process, against a real database and the in-process Stripe emulator.
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

describe("POST /api/checkout", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;
  const sessionCount = async () => (await emulator.stripe.checkout.sessions.list({ limit: 100 })).data.length;

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator);
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  describe("when the reader reads Russian", () => {
    it("opens Checkout in Russian for the page's language, the browser's or the switch's, and refuses in Russian", async () => {
      const fromPage = await app.postJson({ frequency: "once", amount: "9", currency: "usd", source: "ru-page", lang: "ru" }, { "accept-language": "en-US" });
      const fromBrowser = await app.postJson({ frequency: "once", amount: "9", currency: "usd", source: "ru-browser" }, { "accept-language": "ru-RU,ru;q=0.9" });
      const fromSwitch = await app.postJson({ frequency: "once", amount: "9", currency: "usd", source: "ru-switch", lang: "en" }, { cookie: "reader_lang=ru" });
      for (const [response, source] of [
        [fromPage, "ru-page"],
        [fromBrowser, "ru-browser"],
        [fromSwitch, "ru-switch"],
      ] as const) {
        expect(response.status).toBe(200);
        const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ where: { source } });
        expect(attempt.locale).toBe("ru");
        await expect(emulator.stripe.checkout.sessions.retrieve(attempt.stripeCheckoutSessionId!)).resolves.toMatchObject({ locale: "ru" });
      }
      const refused = await app.postJson({ frequency: "weekly", amount: "9", currency: "usd" }, { "accept-language": "ru" });
      expect(refused.status).toBe(400);
      await expect(refused.json()).resolves.toEqual({ error: { code: "invalid_frequency", field: "frequency", message: "Выберите, как часто поддерживать нас: один раз, ежемесячно или ежегодно." } });
    });
  });

  describe("when a reader gives once", () => {
    it("records the attempt, then answers the URL of a donate-mode payment session that belongs to it", async () => {
      const response = await app.postJson({ frequency: "once", amount: "12.50", currency: "EUR", source: "newsletter" }, { "accept-language": "de-DE" });
      expect(response.status).toBe(200);
      const { url } = (await response.json()) as { url: string };
      const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ where: { source: "newsletter" } });
      // German is not one of our languages: the appeal, and so Checkout, are in English.
      expect(attempt).toMatchObject({ frequency: "ONCE", amount: 1250, currency: "eur", locale: "en", status: "OPEN" });
      expect(attempt.clientAddressHash).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(attempt)).not.toContain("203.0.113.7");

      const session = await emulator.stripe.checkout.sessions.retrieve(attempt.stripeCheckoutSessionId!);
      expect(session.url).toBe(url);
      expect(session).toMatchObject({
        mode: "payment",
        submit_type: "donate",
        customer_creation: "always",
        client_reference_id: attempt.id,
        // The source stays in the attempt's row: nothing at Stripe names the article (issue 19).
        metadata: { attempt_id: attempt.id, frequency: "once", created_by: "reader-donations" },
        success_url: "https://give.example.org/thank-you?session_id={CHECKOUT_SESSION_ID}",
        amount_total: 1250,
        currency: "eur",
        locale: "en",
      });
      const cancel = new URL(session.cancel_url!);
      expect(Object.fromEntries(cancel.searchParams)).toEqual({ frequency: "once", amount: "12.50", currency: "eur", cancelled: "1" });
    });
  });

  describe.each([
    ["monthly", "month"],
    ["annual", "year"],
  ])("when a reader gives %s", (frequency, interval) => {
    it(`creates a subscription session that renews every ${interval}`, async () => {
      const response = await app.postJson({ frequency, amount: "10", currency: "gbp" });
      expect(response.status).toBe(200);
      const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ where: { frequency: frequency === "monthly" ? "MONTHLY" : "ANNUAL" } });
      const session = await emulator.stripe.checkout.sessions.retrieve(attempt.stripeCheckoutSessionId!, { expand: ["line_items"] });
      expect(session.mode).toBe("subscription");
      expect(session.submit_type).toBeNull();
      expect(session.line_items?.data[0]?.price?.recurring?.interval).toBe(interval);
      expect(session.line_items?.data[0]?.price?.unit_amount).toBe(1000);
    });
  });

  describe("when the appeal form posts without JavaScript", () => {
    it("answers 303 to Stripe Checkout, taking the preset of the chosen frequency", async () => {
      const response = await app.postForm({ frequency: "annual", amount_once: "10", amount_monthly: "5", amount_annual: "100", other_amount: "", currency: "usd", website: "" });
      expect(response.status).toBe(303);
      const session = (await emulator.stripe.checkout.sessions.list({ limit: 1 })).data[0]!;
      expect(response.headers.get("location")).toBe(session.url);
      expect(session.amount_total).toBe(10000);
    });

    it("sends a refused choice back to the appeal with the choice and the reason", async () => {
      const before = await sessionCount();
      const response = await app.postForm({ frequency: "monthly", amount_monthly: "5", other_amount: "1", currency: "gbp", source: "reminder" });
      expect(response.status).toBe(303);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe("/");
      expect(Object.fromEntries(location.searchParams)).toEqual({ frequency: "monthly", amount: "1", currency: "gbp", source: "reminder", error: "amount_below_minimum" });
      expect(await sessionCount()).toBe(before);
    });

    it("refuses the same form posted from another site, and makes no attempt or session", async () => {
      const sessions = await sessionCount();
      const attempts = await db.prisma.checkoutAttempt.count();
      const response = await app.postForm({ frequency: "once", amount_once: "10", currency: "usd" }, { origin: "https://forged.example" });
      expect(response.status).toBe(403);
      expect(await sessionCount()).toBe(sessions);
      expect(await db.prisma.checkoutAttempt.count()).toBe(attempts);
    });
  });

  describe("when the input is bad", () => {
    it.each([
      ["a negative amount", { frequency: "once", amount: "-5", currency: "usd" }, "invalid_amount", "amount"],
      ["a zero amount", { frequency: "once", amount: "0", currency: "usd" }, "amount_below_minimum", "amount"],
      ["an amount below the minimum", { frequency: "monthly", amount: "1.50", currency: "usd" }, "amount_below_minimum", "amount"],
      ["an amount above the maximum", { frequency: "once", amount: "10001", currency: "usd" }, "amount_above_maximum", "amount"],
      ["too many decimals", { frequency: "once", amount: "10.555", currency: "usd" }, "too_many_decimals", "amount"],
      ["text for an amount", { frequency: "once", amount: "lots", currency: "usd" }, "invalid_amount", "amount"],
      ["an unknown currency", { frequency: "once", amount: "10", currency: "btc" }, "invalid_currency", "currency"],
      ["an unknown frequency", { frequency: "daily", amount: "10", currency: "usd" }, "invalid_frequency", "frequency"],
      ["a missing amount", { frequency: "once", currency: "usd" }, "missing_field", "amount"],
      ["a missing frequency", { amount: "10", currency: "usd" }, "missing_field", "frequency"],
    ])("answers 400 naming the field for %s and creates no session", async (_name, body, code, field) => {
      const before = await sessionCount();
      const attempts = await db.prisma.checkoutAttempt.count();
      const response = await app.postJson(body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: { code: string; message: string; field: string } };
      expect(answer.error).toMatchObject({ code, field });
      expect(answer.error.message).toMatch(/\w{3,}/);
      expect(await sessionCount()).toBe(before);
      expect(await db.prisma.checkoutAttempt.count()).toBe(attempts);
    });

    describe("when a forged request names a payment method that cannot pay the gift", () => {
      it.each([
        ["SEPA Direct Debit for dollars", { payment_method: "sepa_debit", currency: "usd", frequency: "once" }, "currency", "SEPA Direct Debit does not take USD gifts."],
        ["iDEAL for a monthly gift", { payment_method: "ideal", currency: "eur", frequency: "monthly" }, "frequency", "iDEAL takes one-time gifts only."],
        ["a method nobody offers", { payment_method: "bitcoin", currency: "eur", frequency: "once" }, "currency", "We do not know that payment method."],
      ])("answers 400 for %s, and records no attempt or session", async (_name, body, field, message) => {
        const before = await sessionCount();
        const attempts = await db.prisma.checkoutAttempt.count();
        const response = await app.postJson({ amount: "10", ...body });
        expect(response.status).toBe(400);
        const answer = (await response.json()) as { error: { code: string; message: string; field: string } };
        expect(answer.error).toMatchObject({ code: "payment_method_unavailable", field });
        expect(answer.error.message).toContain(message);
        expect(await sessionCount()).toBe(before);
        expect(await db.prisma.checkoutAttempt.count()).toBe(attempts);
      });

      it("lets a method that can pay through, and Checkout still offers what Stripe has on", async () => {
        const response = await app.postJson({ frequency: "once", amount: "10", currency: "eur", payment_method: "ideal" });
        expect(response.status).toBe(200);
      });
    });

    it("answers 413 to an oversized body without reading it all", async () => {
      const response = await app.post(JSON.stringify({ frequency: "once", amount: "10", currency: "usd", padding: "x".repeat(20_000) }), { "content-type": "application/json" });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
    });

    it("answers 400 to a body that is not JSON", async () => {
      const response = await app.post("{not json", { "content-type": "application/json" });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_body", field: null } });
    });

    it("refuses a filled honeypot field without creating a session", async () => {
      const before = await sessionCount();
      const response = await app.postJson({ frequency: "once", amount: "10", currency: "usd", website: "http://spam.example" });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "rejected" } });
      expect(await sessionCount()).toBe(before);
    });
  });

  describe("when one attempt is submitted twice at once", () => {
    it("creates one attempt and one Checkout Session, and both answers lead to it", async () => {
      const before = await sessionCount();
      const form = { frequency: "monthly", amount_monthly: "5", currency: "eur", attempt_key: "k".repeat(10) + "0123456789abcd" };
      const answers = await Promise.all([app.postForm(form), app.postForm(form), app.postForm(form), app.postForm(form)]);
      const locations = new Set(answers.map((answer) => answer.headers.get("location")));
      expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303]);
      expect(locations.size).toBe(1);
      expect(await sessionCount()).toBe(before + 1);
      expect(await db.prisma.checkoutAttempt.count({ where: { id: form.attempt_key } })).toBe(1);
    });

    it("makes a new session when the reader came back and changed the amount", async () => {
      const key = "changedchoice0123456789";
      const first = await app.postForm({ frequency: "once", amount_once: "10", currency: "eur", attempt_key: key });
      const second = await app.postForm({ frequency: "once", amount_once: "25", currency: "eur", attempt_key: key });
      expect(first.headers.get("location")).not.toBe(second.headers.get("location"));
    });
  });
});
