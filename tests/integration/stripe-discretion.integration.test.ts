// Discretion by default (issue 19): after gifts through POST /api/checkout and the Stripe
// emulator, nothing stored at Stripe names the newsroom, its domain or the article the reader came
// from; card statements carry the staff's word; catalogue prices are reused; and the Settings
// switch puts the name back on the products when staff want it.
import type Stripe from "stripe";
import { getDiscretionSettings } from "@/lib/settings/get-discretion-settings";
import { updateDiscretionSettings } from "@/lib/settings/update-discretion-settings";
import { syncCheckoutSession } from "@/lib/stripe/sync-checkout-session";
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const NEWSROOM = "Kestrel Tribune";
const NEWSROOM_DOMAIN = "kestreltribune.example";
const SOURCE = "border-camps-investigation";

describe("discretion at Stripe", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let app: CheckoutApp;
  let adminId: string;

  /** Gives through the checkout route, pays at the emulator, and applies the session to the ledger. */
  async function give(frequency: "once" | "monthly" | "annual", amount: string, source?: string, lang: "en" | "ru" = "en"): Promise<Stripe.Checkout.Session> {
    const response = await app.postJson({ frequency, amount, currency: "eur", lang, ...(source ? { source } : {}) });
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    const session = (await t.stripe.checkout.sessions.list({ limit: 100 })).data.find((candidate) => candidate.url === url)!;
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242", email: "reader@example.org", name: "A Reader" });
    expect(paid.status).toBe(200);
    await syncCheckoutSession(session.id);
    return paid.body;
  }

  const everythingAtStripe = () => JSON.stringify(t.emulator.state).toLowerCase();
  const chargeOf = async (paymentIntentId: string) => t.stripe.charges.retrieve(String((await t.stripe.paymentIntents.retrieve(paymentIntentId)).latest_charge));
  const firstChargeOfSubscription = async (subscriptionId: string) => {
    const invoice = (await t.stripe.invoices.list({ subscription: subscriptionId, limit: 1 })).data[0]!;
    const payment = (await t.stripe.invoicePayments.list({ invoice: invoice.id })).data[0]!;
    return chargeOf(String(payment.payment.payment_intent));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    app = await loadCheckoutApp(db, t, {
      NEWSROOM_NAME: NEWSROOM,
      EMAIL_FROM: `${NEWSROOM} <support@${NEWSROOM_DOMAIN}>`,
      EMBED_ALLOWED_ORIGINS: `https://www.${NEWSROOM_DOMAIN}`,
    });
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  describe("by default", () => {
    let once: Stripe.Checkout.Session;
    let monthly: Stripe.Checkout.Session;
    let annual: Stripe.Checkout.Session;
    beforeAll(async () => {
      once = await give("once", "10", SOURCE);
      monthly = await give("monthly", "5", SOURCE);
      annual = await give("annual", "60", SOURCE);
      await t.emulator.idle();
    });

    it("leaves no trace of the newsroom's name, its domain or the article anywhere at Stripe", () => {
      const stored = everythingAtStripe();
      expect(stored).toContain("monthly support");
      for (const telltale of ["kestrel", "tribune", NEWSROOM_DOMAIN, SOURCE]) expect(stored).not.toContain(telltale);
    });

    it("keeps the article in the checkout attempt, where the ledger reads it", async () => {
      const donations = await db.prisma.donation.findMany({ select: { frequency: true, source: true } });
      expect(donations.map((donation) => donation.frequency).sort()).toEqual(["ANNUAL", "MONTHLY", "ONCE"]);
      expect(donations.every((donation) => donation.source === SOURCE)).toBe(true);
    });

    it("names the products by what they are", async () => {
      const names = (await t.stripe.products.list({ limit: 100 })).data.map((product) => product.name).sort();
      expect(names).toEqual(["Annual support", "Monthly support", "One-time support"]);
    });

    it("puts the neutral word on the statement: a suffix for one-time payments, the product's descriptor for subscriptions", async () => {
      const intent = await t.stripe.paymentIntents.retrieve(String(once.payment_intent));
      expect(intent.statement_descriptor_suffix).toBe("SERVICES");
      expect(await chargeOf(intent.id)).toMatchObject({ statement_descriptor_suffix: "SERVICES", calculated_statement_descriptor: "EMULATOR* SERVICES" });
      for (const session of [monthly, annual]) {
        const subscription = await t.stripe.subscriptions.retrieve(String(session.subscription));
        const product = await t.stripe.products.retrieve(String(subscription.items.data[0]!.price.product));
        expect(product.statement_descriptor).toBe("SERVICES");
        expect((await firstChargeOfSubscription(subscription.id)).calculated_statement_descriptor).toBe("EMULATOR* SERVICES");
      }
    });

    it("reuses the catalogue price: a second gift of the same amount creates no new price", async () => {
      const prices = (await t.stripe.prices.list({ limit: 100 })).data.length;
      const rows = await db.prisma.stripePrice.count();
      const again = await give("once", "10");
      const first = (await t.stripe.checkout.sessions.listLineItems(once.id)).data[0]!.price!.id;
      expect((await t.stripe.checkout.sessions.listLineItems(again.id)).data[0]!.price!.id).toBe(first);
      expect((await t.stripe.prices.list({ limit: 100 })).data.length).toBe(prices);
      expect(await db.prisma.stripePrice.count()).toBe(rows);
      expect(rows).toBe(3);
    });
  });

  describe("for a reader who gives in Russian", () => {
    it("leaves no trace of the newsroom's name, its domain or the article at Stripe either", async () => {
      const once = await give("once", "11", SOURCE, "ru");
      const monthly = await give("monthly", "6", SOURCE, "ru");
      await t.emulator.idle();
      expect([once.locale, monthly.locale]).toEqual(["ru", "ru"]);
      const stored = everythingAtStripe();
      for (const telltale of ["kestrel", "tribune", NEWSROOM_DOMAIN, SOURCE]) expect(stored).not.toContain(telltale);
    });
  });

  describe("when staff refuse discretion's word", () => {
    it("refuses a word a card statement cannot carry, says why, and changes nothing", async () => {
      const before = { settings: await getDiscretionSettings(db.prisma), audits: await db.prisma.auditLog.count(), products: (await t.stripe.products.list()).data };
      for (const word of ["no*way", "four", "elevenchars", "12345", "слово"]) {
        const result = await updateDiscretionSettings({ statementWord: word, nameInStripe: false }, adminId, db.prisma);
        expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^The statement word must be 5 to 10 letters \(A-Z\) or digits/)] });
      }
      expect(await getDiscretionSettings(db.prisma)).toEqual(before.settings);
      expect(await db.prisma.auditLog.count()).toBe(before.audits);
      expect((await t.stripe.products.list()).data).toEqual(before.products);
    });
  });

  describe("when staff switch the newsroom's name on", () => {
    it("names the products after the newsroom again, changes the word on the statement, and records who did it", async () => {
      const result = await updateDiscretionSettings({ statementWord: " reading ", nameInStripe: true }, adminId, db.prisma);
      expect(result).toEqual({ ok: true, settings: { statementWord: "READING", nameInStripe: true }, stripeUpdated: true });
      const products = (await t.stripe.products.list({ limit: 100 })).data;
      expect(products.map((product) => product.name).sort()).toEqual([`${NEWSROOM}: Annual support`, `${NEWSROOM}: Monthly support`, `${NEWSROOM}: One-time support`]);
      expect(products.every((product) => product.statement_descriptor === "READING")).toBe(true);
      expect(await db.prisma.auditLog.findFirst({ where: { targetId: "discretion" } })).toMatchObject({ actorUserId: adminId, action: "settings.updated", targetType: "setting" });

      const once = await give("once", "12");
      expect((await t.stripe.checkout.sessions.listLineItems(once.id)).data[0]!.description).toBe(`${NEWSROOM}: One-time support`);
      expect((await t.stripe.paymentIntents.retrieve(String(once.payment_intent))).statement_descriptor_suffix).toBe("READING");
    });

    it("shows the new word on the next renewal of a recurring gift made before the change", async () => {
      const subscription = (await t.stripe.subscriptions.list({ limit: 100 })).data.find((candidate) => candidate.items.data[0]?.price.recurring?.interval === "month")!;
      const renewed = await t.control(`subscriptions/${subscription.id}/renew`);
      expect(renewed.status).toBe(200);
      const latest = (await t.stripe.charges.list({ customer: String(subscription.customer), limit: 1 })).data[0]!;
      expect(latest.calculated_statement_descriptor).toBe("EMULATOR* READING");
    });

    it("takes the name off again when staff switch it back", async () => {
      await updateDiscretionSettings({ statementWord: "READING", nameInStripe: false }, adminId, db.prisma);
      expect((await t.stripe.products.list({ limit: 100 })).data.map((product) => product.name).sort()).toEqual(["Annual support", "Monthly support", "One-time support"]);
    });
  });

  describe("when someone archives a catalogue price at Stripe by hand", () => {
    it("replaces it with an active price and the reader's gift still goes to checkout", async () => {
      const first = await give("monthly", "7");
      const archived = (await t.stripe.checkout.sessions.listLineItems(first.id)).data[0]!.price!.id;
      await t.stripe.prices.update(archived, { active: false });

      const second = await give("monthly", "7");
      const replacement = (await t.stripe.checkout.sessions.listLineItems(second.id)).data[0]!.price!;
      expect(replacement.id).not.toBe(archived);
      expect(replacement).toMatchObject({ active: true, unit_amount: 700, currency: "eur", lookup_key: "reader-support-monthly-eur-700" });
      expect(await db.prisma.stripePrice.findMany({ where: { stripePriceId: { in: [archived, replacement.id] } }, select: { stripePriceId: true } })).toEqual([{ stripePriceId: replacement.id }]);
    });
  });
});
