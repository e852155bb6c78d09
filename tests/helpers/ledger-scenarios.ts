// Reader journeys driven through the Stripe emulator with the real SDK, each leaving its
// events in the emulator's Events API for the ledger tests to deliver in many orders.
import type Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { TestEmulator } from "./stripe-emulator";

export type ScenarioContext = { t: TestEmulator; prisma: PrismaClient };
export type Scenario = (ctx: ScenarioContext) => Promise<void>;

const DAY = 86_400;
const urls = { success_url: "http://localhost:3000/thank-you?session_id={CHECKOUT_SESSION_ID}", cancel_url: "http://localhost:3000/" };

let readers = 0;
export function reader() {
  readers += 1;
  return { email: `reader${readers}.${Date.now()}@example.org`, name: `Reader Number${readers}` };
}

export async function newAttempt(prisma: PrismaClient, frequency: "ONCE" | "MONTHLY", amount: number) {
  return (await prisma.checkoutAttempt.create({ data: { frequency, amount, currency: "eur", source: "scenario" } })).id;
}

async function control(t: TestEmulator, path: string, body: object = {}) {
  const answer = await t.control(path, body);
  if (answer.status !== 200) throw new Error(`control ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function payOneTime(ctx: ScenarioContext, payment: { card?: string; method?: "card" | "bank_debit" } = {}, amount = 1000, who = reader()) {
  const attemptId = await newAttempt(ctx.prisma, "ONCE", amount);
  const session = await ctx.t.stripe.checkout.sessions.create({
    ...urls,
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: amount, product_data: { name: "One-time donation" } } }],
    client_reference_id: attemptId,
    metadata: { attempt_id: attemptId, frequency: "once", source: "scenario" },
    customer_creation: "always",
  });
  await control(ctx.t, `checkout/sessions/${session.id}/pay`, { card: payment.card ?? "4242424242424242", method: payment.method ?? "card", ...who });
  return { session, attemptId };
}

export async function startMonthly(ctx: ScenarioContext, card = "4242424242424242", amount = 500) {
  const who = reader();
  const clock = await ctx.t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
  const customer = await ctx.t.stripe.customers.create({ email: who.email, name: who.name, test_clock: clock.id });
  const attemptId = await newAttempt(ctx.prisma, "MONTHLY", amount);
  const session = await ctx.t.stripe.checkout.sessions.create({
    ...urls,
    mode: "subscription",
    customer: customer.id,
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: amount, recurring: { interval: "month" }, product_data: { name: "Monthly donation" } } }],
    client_reference_id: attemptId,
    metadata: { attempt_id: attemptId, frequency: "monthly", source: "scenario" },
    subscription_data: { metadata: { attempt_id: attemptId, frequency: "monthly", source: "scenario" } },
  });
  await control(ctx.t, `checkout/sessions/${session.id}/pay`, { card, ...who });
  const paid = await ctx.t.stripe.checkout.sessions.retrieve(session.id);
  return { clock, customer, attemptId, subscriptionId: String(paid.subscription) };
}

export async function advanceMonths(ctx: ScenarioContext, clock: Stripe.TestHelpers.TestClock, months: number) {
  let frozen = (await ctx.t.stripe.testHelpers.testClocks.retrieve(clock.id)).frozen_time;
  for (let i = 0; i < months; i++) {
    frozen += 31 * DAY;
    await ctx.t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozen });
  }
}

export async function updateCardInPortal(ctx: ScenarioContext, customerId: string, card = "4242424242424242") {
  const portal = await ctx.t.stripe.billingPortal.sessions.create({ customer: customerId, return_url: "http://localhost:3000/" });
  const form = new URLSearchParams({ action: "update_card", cardNumber: card, cardExpiry: "12/34", cardCvc: "123" });
  const response = await fetch(portal.url, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" }, redirect: "manual" });
  if (response.status >= 400) throw new Error(`portal answered ${response.status}`);
}

export const scenarios: Record<string, Scenario> = {
  "one-time paid": async (ctx) => {
    await payOneTime(ctx);
  },
  "async paid": async (ctx) => {
    const { session } = await payOneTime(ctx, { method: "bank_debit" });
    await control(ctx.t, `checkout/sessions/${session.id}/settle`, { outcome: "succeeded" });
  },
  "async failed": async (ctx) => {
    const { session } = await payOneTime(ctx, { method: "bank_debit" });
    await control(ctx.t, `checkout/sessions/${session.id}/settle`, { outcome: "failed" });
  },
  "monthly with three renewals": async (ctx) => {
    const { clock } = await startMonthly(ctx);
    await advanceMonths(ctx, clock, 3);
  },
  "failed renewal then recovery": async (ctx) => {
    const { clock, customer } = await startMonthly(ctx, "4000000000000341");
    await advanceMonths(ctx, clock, 1);
    await updateCardInPortal(ctx, customer.id);
  },
  "cancel at period end": async (ctx) => {
    const { clock, subscriptionId } = await startMonthly(ctx);
    await ctx.t.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    await advanceMonths(ctx, clock, 1);
  },
  "partial then full refund": async (ctx) => {
    const { session } = await payOneTime(ctx, {}, 2000);
    const paid = await ctx.t.stripe.checkout.sessions.retrieve(session.id);
    const paymentIntent = String(paid.payment_intent);
    await ctx.t.stripe.refunds.create({ payment_intent: paymentIntent, amount: 500 });
    await ctx.t.stripe.refunds.create({ payment_intent: paymentIntent });
  },
  "dispute opened and closed": async (ctx) => {
    const { session } = await payOneTime(ctx, {}, 1500);
    const paid = await ctx.t.stripe.checkout.sessions.retrieve(session.id);
    const dispute = await control(ctx.t, `charges/${String(paid.payment_intent)}/dispute`, { reason: "fraudulent" });
    await control(ctx.t, `disputes/${String(dispute.id)}/close`, { status: "lost" });
  },
};

/** Every event the emulator recorded, oldest first. */
export async function recordedEvents(t: TestEmulator): Promise<Stripe.Event[]> {
  await t.emulator.idle();
  const events = await t.stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  return events.reverse();
}
