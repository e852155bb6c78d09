// The campaign's goal meter against the real ledger: gifts paid through the emulator, delivered as
// signed webhooks, settled in the account's currency at the emulator's exchange rate, counted
// towards a campaign staff set (and refused when the campaign is not a real one).
import type Stripe from "stripe";
import { CAMPAIGN_SETTING_KEY, type Campaign } from "@/lib/campaign/campaign";
import { getCampaignProgress } from "@/lib/campaign/get-campaign-progress";
import { loadGoalMeter, forgetGoalMeter } from "@/lib/campaign/load-goal-meter";
import { saveCampaign } from "@/lib/campaign/save-campaign";
import type { CampaignFormValues } from "@/lib/campaign/read-campaign-form";
import { getSettledTotals } from "@/lib/dashboard/get-settled-totals";
import { createdByAppMetadata } from "@/lib/stripe/created-by-app";
import { fillSettlements } from "@/lib/stripe/fill-settlements";
import { resetLedger } from "@/tests/helpers/ledger-snapshot";
import { reader, recordedEvents } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

// revalidatePath needs a Next request; here it is enough that saving asks for it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.setTimeout(120_000);

const secret = "whsec_goal_meter";
const today = () => new Date().toISOString().slice(0, 10);

describe("the goal meter", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let delivered = new Set<string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator({ settlementCurrency: "usd" });
    process.env.SETTLEMENT_CURRENCY = "usd";
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });
  beforeEach(async () => {
    t.emulator.reset();
    delivered = new Set();
    await resetLedger(db.prisma);
    await db.prisma.setting.deleteMany();
    await db.prisma.auditLog.deleteMany();
    forgetGoalMeter();
  });

  /** A one-time gift paid on the emulator's checkout, its events delivered to the webhook route. */
  async function give(currency: string, amount: number): Promise<Stripe.Checkout.Session> {
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency, unit_amount: amount, product_data: { name: "One-time support" } } }],
      metadata: { ...createdByAppMetadata, frequency: "once" },
      payment_intent_data: { metadata: { ...createdByAppMetadata } },
      customer_creation: "always",
      success_url: "http://localhost:3000/thank-you?session_id={CHECKOUT_SESSION_ID}",
    });
    const paid = await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242", ...reader() });
    expect(paid.status).toBe(200);
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id)) continue;
      delivered.add(event.id);
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
    return session;
  }

  async function setCampaign(campaign: Partial<Campaign>): Promise<Campaign> {
    const value: Campaign = { goalKind: "money", goal: 100_00, currency: "usd", startsOn: today(), endsOn: today(), ...campaign };
    await db.prisma.setting.create({ data: { key: CAMPAIGN_SETTING_KEY, value } });
    return value;
  }

  describe("when a reader gives in a currency the account does not settle in", () => {
    it("records the balance transaction and counts the gift at the emulator's exchange rate", async () => {
      const session = await give("eur", 10_00);
      const donation = await db.prisma.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } });
      expect(donation).toMatchObject({ amount: 10_00, currency: "eur", settlementAmount: 11_00, settlementCurrency: "usd", settlementFee: 62, settlementNet: 10_38 });
      expect(donation.stripeBalanceTransactionId).toMatch(/^txn_/);
      expect(donation.exchangeRate?.toString()).toBe("1.1");

      const campaign = await setCampaign({ goal: 50_00 });
      const progress = await getCampaignProgress(db.prisma, campaign);
      expect(progress.reached).toBe(11_00);
      expect(progress.days).toEqual([{ day: today(), reached: 11_00, cumulative: 11_00 }]);
      await expect(loadGoalMeter()).resolves.toEqual({ goalKind: "money", goal: 50_00, reached: 11_00, currency: "usd", endsOn: today() });
    });

    it("adds every currency up in the settlement currency beside each currency's own figure", async () => {
      await give("eur", 10_00);
      await give("gbp", 4_00);
      await give("usd", 25_00);
      const day = new Date(`${today()}T00:00:00Z`);
      const totals = await getSettledTotals(db.prisma, { from: day, to: new Date(day.getTime() + 86_400_000) }, "usd");
      expect(totals).toMatchObject({ settlementCurrency: "usd", settled: 11_00 + 5_00 + 25_00, awaitingSettlement: 0 });
      expect(totals.byCurrency).toEqual(
        expect.arrayContaining([
          { currency: "eur", raised: 10_00, settled: 11_00 },
          { currency: "gbp", raised: 4_00, settled: 5_00 },
          { currency: "usd", raised: 25_00, settled: 25_00 },
        ]),
      );
    });

    it("counts a partly refunded gift for what it kept, in proportion", async () => {
      const session = await give("eur", 10_00);
      const paid = await t.stripe.checkout.sessions.retrieve(session.id);
      await t.stripe.refunds.create({ payment_intent: String(paid.payment_intent), amount: 5_00 });
      for (const event of await recordedEvents(t)) if (!delivered.has(event.id)) await route(signedWebhookRequest(event, { secret }));
      const progress = await getCampaignProgress(db.prisma, await setCampaign({}));
      expect(progress.reached).toBe(5_50);
    });
  });

  it("fills in a settlement the ledger missed when reconciliation runs", async () => {
    const session = await give("gbp", 8_00);
    await db.prisma.donation.updateMany({ data: { stripeBalanceTransactionId: null, settlementAmount: null, settlementCurrency: null, settlementFee: null, settlementNet: null, exchangeRate: null } });
    const campaign = await setCampaign({});
    expect((await getCampaignProgress(db.prisma, campaign)).reached).toBe(0);
    await expect(fillSettlements()).resolves.toEqual({ checked: 1, filled: 1, failed: 0 });
    expect(await db.prisma.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } })).toMatchObject({ settlementAmount: 10_00, settlementCurrency: "usd" });
    expect((await getCampaignProgress(db.prisma, campaign)).reached).toBe(10_00);
    await expect(fillSettlements()).resolves.toEqual({ checked: 0, filled: 0, failed: 0 });
  });

  it("counts new supporters for a supporters goal", async () => {
    await give("eur", 5_00);
    await give("usd", 5_00);
    const progress = await getCampaignProgress(db.prisma, await setCampaign({ goalKind: "supporters", goal: 10 }));
    expect(progress.reached).toBe(2);
  });

  it("shows no meter before the campaign starts or after it ends", async () => {
    await setCampaign({ startsOn: "2020-01-01", endsOn: "2020-01-31" });
    await expect(loadGoalMeter()).resolves.toBeNull();
  });

  describe("when staff save a campaign", () => {
    const staffId = async () => (await db.prisma.user.upsert({ where: { email: "admin@example.org" }, update: {}, create: { email: "admin@example.org", role: "ADMIN" } })).id;
    const form = (changes: Partial<CampaignFormValues>): CampaignFormValues => ({ goalKind: "money", goalAmount: "5000", currency: "usd", startsOn: "2026-12-01", endsOn: "2026-12-31", ...changes });

    it("stores it with an audit entry", async () => {
      const actor = await staffId();
      await expect(saveCampaign(form({}), actor, db.prisma)).resolves.toMatchObject({ ok: true, campaign: { goal: 5000_00 } });
      expect((await db.prisma.setting.findUniqueOrThrow({ where: { key: CAMPAIGN_SETTING_KEY } })).value).toEqual({ goalKind: "money", goal: 5000_00, currency: "usd", startsOn: "2026-12-01", endsOn: "2026-12-31" });
      expect(await db.prisma.auditLog.findMany({ select: { actorUserId: true, action: true, targetId: true } })).toEqual([{ actorUserId: actor, action: "settings.updated", targetId: CAMPAIGN_SETTING_KEY }]);
    });

    it.each([
      ["a goal of zero", { goalAmount: "0" }, "The goal must be an amount above zero"],
      ["a negative goal", { goalAmount: "-10" }, "The goal must be an amount above zero"],
      ["an end before the start", { startsOn: "2026-12-31", endsOn: "2026-12-01" }, "The end must not be before the start"],
      ["an unknown currency", { currency: "zzz" }, 'The currency "ZZZ" is not one the app knows'],
    ])("refuses %s with a clear error and changes nothing", async (_name, changes, message) => {
      const result = await saveCampaign(form(changes), await staffId(), db.prisma);
      expect(result).toEqual({ ok: false, errors: [expect.stringContaining(message)] });
      expect(await db.prisma.setting.count()).toBe(0);
      expect(await db.prisma.auditLog.count()).toBe(0);
    });
  });
});
