// What a supporter changes on their own gift, through the real SDK, with test clocks: the amount
// (proration_behavior none, create_prorations, always_invoice, and an interval change), a pause
// (pause_collection void, resuming by date or at once), a cancellation with its reason.
import type Stripe from "stripe";
import { startTestEmulator, subscribeOnTestClock, type TestEmulator } from "@/tests/helpers/stripe-emulator";

const DAY = 86_400;

describe("updating a subscription in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  const mark = async () => {
    await t.emulator.idle();
    return t.receiver.events.length;
  };
  const since = async (start: number) => {
    await t.emulator.idle();
    return t.receiver.events.slice(start);
  };
  const newAmount = (subscription: Stripe.Subscription, unitAmount: number, interval: "month" | "year" = "month") => {
    const item = subscription.items.data[0];
    return { id: item?.id, price_data: { currency: "eur", unit_amount: unitAmount, recurring: { interval }, product: String(item?.price.product) } };
  };
  const invoices = async (subscription: Stripe.Subscription) => (await t.stripe.invoices.list({ subscription: subscription.id })).data;

  describe("when the amount changes with proration_behavior none", () => {
    it("makes no invoice now and charges the new amount on the next renewal", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnTestClock(t, { unitAmount: 500 });
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 5 * DAY });
      const start = await mark();
      const updated = await t.stripe.subscriptions.update(subscription.id, { items: [newAmount(subscription, 1200)], proration_behavior: "none" });
      expect(updated.items.data[0]).toMatchObject({ price: { unit_amount: 1200 }, current_period_end: subscription.items.data[0]?.current_period_end });
      const events = await since(start);
      expect(events.map((event) => event.type)).toEqual(["customer.subscription.updated"]);
      const previous = events[0]?.data.previous_attributes as Partial<Stripe.Subscription>;
      expect(previous.items?.data[0]?.price.unit_amount).toBe(500);
      expect(await invoices(subscription)).toHaveLength(1);

      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
      const [renewal] = await invoices(subscription);
      expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 1200 });
      expect(renewal?.lines.data).toHaveLength(1);
    });
  });

  describe("when the amount changes with Stripe's default, create_prorations", () => {
    it("adds the unused-time credit and remaining-time charge to the next invoice", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnTestClock(t, { unitAmount: 1000 });
      const item = subscription.items.data[0]!;
      const at = item.current_period_start + Math.floor((item.current_period_end - item.current_period_start) / 2);
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: at });
      await t.stripe.subscriptions.update(subscription.id, { items: [newAmount(subscription, 2000)] });
      expect(await invoices(subscription)).toHaveLength(1);
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
      const [renewal] = await invoices(subscription);
      const lines = renewal?.lines.data ?? [];
      expect(lines.map((line) => [line.amount, line.parent?.subscription_item_details?.proration])).toEqual([
        [2000, false],
        [-500, true],
        [1000, true],
      ]);
      expect(lines[1]?.description).toMatch(/^Unused time on 1 × /);
      expect(renewal).toMatchObject({ amount_paid: 2500, total: 2500 });
    });
  });

  describe("when the amount changes with always_invoice", () => {
    it("invoices the prorations at once", async () => {
      const { clock, subscription } = await subscribeOnTestClock(t, { unitAmount: 1000 });
      const item = subscription.items.data[0]!;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: item.current_period_start + Math.floor((item.current_period_end - item.current_period_start) / 2) });
      const start = await mark();
      const updated = await t.stripe.subscriptions.update(subscription.id, { items: [newAmount(subscription, 3000)], proration_behavior: "always_invoice", expand: ["latest_invoice"] });
      expect(updated.latest_invoice).toMatchObject({ billing_reason: "subscription_update", status: "paid", amount_paid: 1000 });
      expect((await since(start)).map((event) => event.type)).toEqual([
        "customer.subscription.updated",
        "invoice.created",
        "invoice.finalized",
        "payment_intent.created",
        "charge.succeeded",
        "payment_intent.succeeded",
        "invoice.paid",
        "invoice.payment_succeeded",
      ]);
    });
  });

  describe("when the interval changes (monthly to annual) through the subscription itself", () => {
    it("resets the billing date to now and invoices the annual amount at once, as Stripe does", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnTestClock(t, { unitAmount: 500 });
      const now = frozenTime + 10 * DAY;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: now });
      const updated = await t.stripe.subscriptions.update(subscription.id, { items: [newAmount(subscription, 6000, "year")], proration_behavior: "none", expand: ["latest_invoice"] });
      expect(updated).toMatchObject({ billing_cycle_anchor: now, items: { data: [{ current_period_start: now, price: { recurring: { interval: "year" } } }] } });
      expect(updated.items.data[0]?.current_period_end).toBe(Math.floor(Date.UTC(2027, 0, 25, 12) / 1000));
      expect(updated.latest_invoice).toMatchObject({ billing_reason: "subscription_update", amount_paid: 6000, status: "paid" });
    });
  });

  it("refuses what Stripe refuses, changing nothing", async () => {
    const { subscription } = await subscribeOnTestClock(t);
    await expect(t.stripe.subscriptions.update(subscription.id, { items: [newAmount(subscription, 900)], proration_behavior: "sometimes" as never })).rejects.toMatchObject({
      statusCode: 400,
      raw: { param: "proration_behavior" },
    });
    await expect(t.stripe.subscriptions.update(subscription.id, { cancellation_details: { feedback: "bored" as never } })).rejects.toMatchObject({ raw: { param: "cancellation_details[feedback]" } });
    await expect(t.stripe.subscriptions.update(subscription.id, { pause_collection: { behavior: "forever" as never } })).rejects.toMatchObject({ raw: { param: "pause_collection[behavior]" } });
    const stranger = await subscribeOnTestClock(t, { email: "stranger@example.org" });
    const strangersCard = String(stranger.subscription.default_payment_method);
    await expect(t.stripe.subscriptions.update(subscription.id, { default_payment_method: strangersCard })).rejects.toMatchObject({ statusCode: 404, raw: { code: "resource_missing", param: "default_payment_method" } });
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({
      items: { data: [{ price: { unit_amount: 500 } }] },
      pause_collection: null,
      default_payment_method: subscription.default_payment_method,
    });
  });

  describe("when collection is paused with behavior void", () => {
    it("voids the renewals while paused, charges nothing, and resumes by itself on resumes_at", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnTestClock(t);
      const resumesAt = frozenTime + 45 * DAY;
      const paused = await t.stripe.subscriptions.update(subscription.id, { pause_collection: { behavior: "void", resumes_at: resumesAt } });
      expect(paused).toMatchObject({ status: "active", pause_collection: { behavior: "void", resumes_at: resumesAt } });
      const start = await mark();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
      const whilePaused = (await since(start)).map((event) => event.type);
      expect(whilePaused).toEqual(expect.arrayContaining(["customer.subscription.updated", "invoice.created", "invoice.finalized", "invoice.voided"]));
      expect(whilePaused).not.toContain("payment_intent.created");
      expect((await invoices(subscription))[0]).toMatchObject({ billing_reason: "subscription_cycle", status: "void", amount_paid: 0 });

      const resumed = await mark();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: resumesAt + DAY });
      const [resume] = (await since(resumed)).filter((event) => event.type === "customer.subscription.updated");
      expect(resume?.data.object).toMatchObject({ pause_collection: null });
      expect(resume?.data.previous_attributes).toMatchObject({ pause_collection: { behavior: "void", resumes_at: resumesAt } });

      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 60 * DAY });
      expect((await invoices(subscription))[0]).toMatchObject({ status: "paid", amount_paid: 500 });
    });

    it("resumes at once when pause_collection is unset", async () => {
      const { subscription } = await subscribeOnTestClock(t);
      await t.stripe.subscriptions.update(subscription.id, { pause_collection: { behavior: "void" } });
      const resumed = await t.stripe.subscriptions.update(subscription.id, { pause_collection: "" });
      expect(resumed.pause_collection).toBeNull();
    });
  });

  describe("when the supporter cancels with a reason", () => {
    it("keeps the comment and feedback on the subscription through to its end", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnTestClock(t);
      const start = await mark();
      await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true, cancellation_details: { comment: "Money is tight this year", feedback: "too_expensive" } });
      const [event] = await since(start);
      expect(event?.data.object).toMatchObject({ cancel_at_period_end: true, cancellation_details: { reason: "cancellation_requested", comment: "Money is tight this year", feedback: "too_expensive" } });
      expect(event?.data.previous_attributes).toMatchObject({ cancel_at_period_end: false, cancellation_details: { comment: null, feedback: null } });
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 40 * DAY });
      await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "canceled", cancellation_details: { feedback: "too_expensive", comment: "Money is tight this year" } });
    });
  });
});
