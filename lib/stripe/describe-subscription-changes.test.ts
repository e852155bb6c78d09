import type Stripe from "stripe";
import { buildStripeEvent } from "@/tests/helpers/build-stripe-event";
import { describeSubscriptionChanges } from "./describe-subscription-changes";

const item = (unitAmount: number, interval: "month" | "year" = "month") => ({ quantity: 1, price: { unit_amount: unitAmount, recurring: { interval } } });

function subscription(overrides: Partial<Stripe.Subscription> = {}): Partial<Stripe.Subscription> & { id: string } {
  return {
    id: "sub_1",
    status: "active",
    currency: "eur",
    items: { object: "list", data: [item(500) as Stripe.SubscriptionItem], has_more: false, url: "" },
    pause_collection: null,
    cancel_at_period_end: false,
    cancel_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    ...overrides,
  };
}

const items = (unitAmount: number, interval: "month" | "year" = "month") => subscription({ items: { object: "list", data: [item(unitAmount, interval) as Stripe.SubscriptionItem], has_more: false, url: "" } }).items!;

function updated(now: Partial<Stripe.Subscription>, previous: object, created = 1_800_000_000): Stripe.CustomerSubscriptionUpdatedEvent {
  const event = buildStripeEvent("customer.subscription.updated", subscription(now), { created });
  return { ...event, data: { ...event.data, previous_attributes: previous } };
}

const kinds = (event: Stripe.CustomerSubscriptionUpdatedEvent | Stripe.CustomerSubscriptionCreatedEvent | Stripe.CustomerSubscriptionDeletedEvent) => describeSubscriptionChanges(event).map((c) => c.kind);

describe("what a subscription event says changed", () => {
  describe("when a checkout's subscription is paid", () => {
    it("starts the recurring donation when it leaves incomplete, not when it is created unpaid", () => {
      expect(kinds(buildStripeEvent("customer.subscription.created", subscription({ status: "incomplete" })))).toEqual([]);
      const [start] = describeSubscriptionChanges(updated({ status: "active" }, { status: "incomplete" }, 1_800_000_123));
      expect(start).toEqual({ kind: "STARTED", currency: "eur", from: null, to: { amount: 500, frequency: "MONTHLY" }, reason: null, resumesAt: null, occurredAt: new Date(1_800_000_123_000) });
    });
    it("starts one created already active", () => {
      expect(kinds(buildStripeEvent("customer.subscription.created", subscription()))).toEqual(["STARTED"]);
    });
  });

  it("tells a new amount from a new frequency, with what was charged before and after", () => {
    expect(describeSubscriptionChanges(updated({ items: items(1200) }, { items: items(500) }))).toMatchObject([
      { kind: "AMOUNT_CHANGED", from: { amount: 500, frequency: "MONTHLY" }, to: { amount: 1200, frequency: "MONTHLY" } },
    ]);
    expect(describeSubscriptionChanges(updated({ items: items(6000, "year") }, { items: items(500) }))).toMatchObject([
      { kind: "FREQUENCY_CHANGED", from: { amount: 500, frequency: "MONTHLY" }, to: { amount: 6000, frequency: "ANNUAL" } },
    ]);
  });

  it("records a renewal's new period as nothing", () => {
    expect(kinds(updated({}, { items: items(500) }))).toEqual([]);
    expect(kinds(updated({}, { latest_invoice: "in_old" }))).toEqual([]);
  });

  it("records a pause with its end date, and the resume", () => {
    const resumesAt = 1_805_000_000;
    expect(describeSubscriptionChanges(updated({ pause_collection: { behavior: "void", resumes_at: resumesAt } }, { pause_collection: null }))).toMatchObject([{ kind: "PAUSED", resumesAt: new Date(resumesAt * 1000) }]);
    expect(kinds(updated({ pause_collection: null }, { pause_collection: { behavior: "void", resumes_at: resumesAt } }))).toEqual(["RESUMED"]);
  });

  it("records a cancellation set for the period's end with the reason the reader gave, and its withdrawal", () => {
    const details = { comment: "  Money is tight this year.  ", feedback: "too_expensive" as const, feedback_option: null, reason: "cancellation_requested" as const };
    const scheduled = updated({ cancel_at_period_end: true, cancel_at: 1_802_000_000, cancellation_details: details }, { cancel_at_period_end: false, cancel_at: null });
    expect(describeSubscriptionChanges(scheduled)).toMatchObject([{ kind: "CANCEL_SCHEDULED", from: { amount: 500 }, reason: { feedback: "too_expensive", comment: "Money is tight this year." } }]);
    expect(kinds(updated({ cancel_at_period_end: false }, { cancel_at_period_end: true, cancel_at: 1_802_000_000 }))).toEqual(["CANCEL_UNSCHEDULED"]);
  });

  it("records several changes made in one update, each once", () => {
    expect(kinds(updated({ items: items(300), pause_collection: { behavior: "void", resumes_at: null } }, { items: items(500), pause_collection: null }))).toEqual(["AMOUNT_CHANGED", "PAUSED"]);
  });

  it("ends the recurring donation when Stripe deletes it, unless it never started", () => {
    const ended = buildStripeEvent(
      "customer.subscription.deleted",
      subscription({ status: "canceled", cancellation_details: { comment: null, feedback: "unused", feedback_option: null, reason: "cancellation_requested" } }),
    );
    expect(describeSubscriptionChanges(ended)).toMatchObject([{ kind: "CANCELLED", from: { amount: 500, frequency: "MONTHLY" }, to: null, reason: { feedback: "unused", comment: null } }]);
    expect(kinds(buildStripeEvent("customer.subscription.deleted", subscription({ status: "incomplete_expired" })))).toEqual([]);
  });
});
