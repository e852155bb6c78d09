// Switching a monthly gift to annual at the end of the current period with a subscription
// schedule, as the supporter's page will: create from_subscription, add the annual phase, and let
// a test clock reach the boundary. Also release, cancel, and what Stripe refuses.
import type Stripe from "stripe";
import { startTestEmulator, subscribeOnTestClock, type TestEmulator } from "@/tests/helpers/stripe-emulator";

const DAY = 86_400;

describe("subscription schedules in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  /** An annual price on the subscription's product, made by a Checkout Session's price_data (as the emulator makes prices inline). */
  async function annualPrice(subscription: Stripe.Subscription, unitAmount: number): Promise<string> {
    const monthly = subscription.items.data[0]!.price;
    const session = await t.stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: "price-maker@example.org",
      line_items: [{ quantity: 1, price_data: { currency: monthly.currency, unit_amount: unitAmount, recurring: { interval: "year" }, product: String(monthly.product) } }],
      success_url: "http://127.0.0.1:3000/thanks",
    });
    return String((await t.stripe.checkout.sessions.listLineItems(session.id)).data[0]?.price?.id);
  }

  async function monthlyWithSchedule() {
    const subscribed = await subscribeOnTestClock(t, { unitAmount: 500 });
    const schedule = await t.stripe.subscriptionSchedules.create({ from_subscription: subscribed.subscription.id });
    return { ...subscribed, schedule };
  }

  it("creates a schedule from the subscription: one phase, the current period and price", async () => {
    const { subscription, schedule } = await monthlyWithSchedule();
    const item = subscription.items.data[0]!;
    expect(schedule).toMatchObject({
      object: "subscription_schedule",
      status: "active",
      end_behavior: "release",
      subscription: subscription.id,
      customer: subscription.customer,
      current_phase: { start_date: item.current_period_start, end_date: item.current_period_end },
      phases: [{ start_date: item.current_period_start, end_date: item.current_period_end, items: [{ price: item.price.id, quantity: 1 }] }],
    });
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ schedule: schedule.id });
    await expect(t.stripe.subscriptionSchedules.create({ from_subscription: subscription.id })).rejects.toMatchObject({ statusCode: 400, raw: { param: "from_subscription" } });
  });

  it("switches monthly to annual at the end of the period: the annual price and period, and its invoice then", async () => {
    const { clock, subscription, schedule, frozenTime } = await monthlyWithSchedule();
    const item = subscription.items.data[0]!;
    const annual = await annualPrice(subscription, 6000);
    const updated = await t.stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: "release",
      phases: [
        { start_date: item.current_period_start, end_date: item.current_period_end, items: [{ price: item.price.id, quantity: 1 }] },
        { items: [{ price: annual, quantity: 1 }], duration: { interval: "year", interval_count: 1 } },
      ],
    });
    const boundary = item.current_period_end;
    const yearLater = Math.floor(Date.UTC(2027, 1, 15, 12) / 1000);
    expect(updated.phases.map((phase) => [phase.start_date, phase.end_date])).toEqual([
      [item.current_period_start, boundary],
      [boundary, yearLater],
    ]);
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ items: { data: [{ price: { unit_amount: 500 } }] } });

    await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 40 * DAY });
    const switched = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(switched.items.data[0]).toMatchObject({ price: { id: annual, unit_amount: 6000, recurring: { interval: "year" } }, current_period_start: boundary, current_period_end: yearLater });
    expect(switched.latest_invoice).toMatchObject({ billing_reason: "subscription_cycle", amount_paid: 6000, period_start: boundary, period_end: yearLater });
    const invoices = await t.stripe.invoices.list({ subscription: subscription.id });
    expect(invoices.data.map((invoice) => invoice.amount_paid)).toEqual([6000, 500]);
    await expect(t.stripe.subscriptionSchedules.retrieve(schedule.id)).resolves.toMatchObject({ status: "active", current_phase: { start_date: boundary, end_date: yearLater } });

    await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: yearLater + DAY });
    await expect(t.stripe.subscriptionSchedules.retrieve(schedule.id)).resolves.toMatchObject({ status: "released", released_subscription: subscription.id, subscription: null });
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "active", schedule: null, items: { data: [{ price: { unit_amount: 6000 } }] } });
  });

  it("releases the subscription, which then renews on its own price", async () => {
    const { clock, subscription, schedule, frozenTime } = await monthlyWithSchedule();
    const released = await t.stripe.subscriptionSchedules.release(schedule.id);
    expect(released).toMatchObject({ status: "released", released_subscription: subscription.id, subscription: null, released_at: expect.any(Number) });
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ schedule: null });
    await expect(t.stripe.subscriptionSchedules.release(schedule.id)).rejects.toMatchObject({ statusCode: 400 });
    await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
    await expect(t.stripe.invoices.list({ subscription: subscription.id })).resolves.toMatchObject({ data: [{ amount_paid: 500, billing_reason: "subscription_cycle" }, {}] });
  });

  it("cancels the schedule and its subscription with subscription_schedule.canceled", async () => {
    const { subscription, schedule } = await monthlyWithSchedule();
    await t.emulator.idle();
    const start = t.receiver.events.length;
    const canceled = await t.stripe.subscriptionSchedules.cancel(schedule.id);
    expect(canceled).toMatchObject({ status: "canceled", canceled_at: expect.any(Number) });
    await t.emulator.idle();
    expect(t.receiver.events.slice(start).map((event) => event.type)).toEqual(["customer.subscription.deleted", "subscription_schedule.canceled"]);
    await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "canceled" });
  });

  it("refuses a phase without an end before the last, a changed current start and an unknown price", async () => {
    const { subscription, schedule } = await monthlyWithSchedule();
    const item = subscription.items.data[0]!;
    const current = { start_date: item.current_period_start, items: [{ price: item.price.id }] };
    await expect(t.stripe.subscriptionSchedules.update(schedule.id, { phases: [current, { items: [{ price: item.price.id }] }] })).rejects.toMatchObject({
      raw: { code: "parameter_missing", param: "phases[0][end_date]" },
    });
    await expect(t.stripe.subscriptionSchedules.update(schedule.id, { phases: [{ ...current, start_date: item.current_period_start + 1, end_date: item.current_period_end }] })).rejects.toMatchObject({
      raw: { param: "phases[0][start_date]" },
    });
    await expect(t.stripe.subscriptionSchedules.update(schedule.id, { phases: [{ ...current, end_date: item.current_period_end }, { items: [{ price: "price_missing" }] }] })).rejects.toMatchObject({
      statusCode: 404,
      raw: { param: "phases[1][items][0][price]" },
    });
    await expect(t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })).rejects.toMatchObject({ statusCode: 400 });
  });
});
