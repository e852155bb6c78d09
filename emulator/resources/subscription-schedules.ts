// /v1/subscription_schedules, enough to change a subscription at a future date (monthly <-> annual
// at the end of the period): create from_subscription (one phase: the current period and price),
// update phases (items[0][price], end_date or duration; the first phase is the current one),
// release (the subscription carries on alone), cancel (the subscription ends now), retrieve, list.
// Phase transitions happen as a test clock passes them (billing/schedule-phases.ts).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalBoolean, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, invalidState, resourceMissing } from "../wire/stripe-api-error";
import { buildPhase, readPhases } from "./schedule-phase-params";
import { cancelSubscription, getSubscription, updateSubscription } from "./subscriptions";

const endBehaviors = ["release", "cancel"];

export function getSubscriptionSchedule(emulator: EmulatorContext, id: string): Stripe.SubscriptionSchedule {
  const schedule = emulator.state.subscriptionSchedules[id];
  if (!schedule) throw resourceMissing("subscription_schedule", id);
  return schedule;
}

function readEndBehavior(params: Record<string, unknown>): Stripe.SubscriptionSchedule.EndBehavior | undefined {
  const value = optionalString(params as never, "end_behavior");
  if (value !== undefined && !endBehaviors.includes(value)) throw invalidParam("end_behavior", `Invalid end_behavior: must be one of ${endBehaviors.join(", ")}`);
  return value as Stripe.SubscriptionSchedule.EndBehavior | undefined;
}

function createFromSubscription(emulator: EmulatorContext, subscription: Stripe.Subscription, params: Parameters<typeof readMetadata>[0]): Stripe.SubscriptionSchedule {
  if (subscription.schedule) throw invalidParam("from_subscription", `You cannot migrate a subscription that is already attached to a schedule: \`${String(subscription.schedule)}\`.`);
  if (subscription.status === "canceled" || subscription.status === "incomplete_expired") throw invalidState(`A subscription schedule cannot be created from a ${subscription.status} subscription.`);
  const item = subscription.items.data[0];
  if (!item) throw invalidState("This subscription has no items.");
  const now = emulator.now(subscription.test_clock);
  const id = newId("sub_sched", 24);
  const schedule: Stripe.SubscriptionSchedule = {
    id,
    object: "subscription_schedule",
    application: null,
    billing_mode: { flexible: null, type: "classic" },
    canceled_at: null,
    completed_at: null,
    created: now,
    current_phase: { start_date: item.current_period_start, end_date: item.current_period_end },
    customer: String(subscription.customer),
    customer_account: null,
    default_settings: {
      application_fee_percent: null,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: "automatic",
      billing_thresholds: null,
      collection_method: "charge_automatically",
      default_payment_method: null,
      description: null,
      invoice_settings: { account_tax_ids: null, custom_fields: null, days_until_due: null, description: null, footer: null, issuer: { type: "self" } },
      on_behalf_of: null,
      transfer_data: null,
    },
    end_behavior: readEndBehavior(params) ?? "release",
    livemode: false,
    metadata: readMetadata(params),
    pause_schedules: [],
    phases: [buildPhase({ price: item.price, quantity: item.quantity ?? 1, start: item.current_period_start, end: item.current_period_end, prorationBehavior: "create_prorations", metadata: {} })],
    released_at: null,
    released_subscription: null,
    status: "active",
    subscription: subscription.id,
    test_clock: subscription.test_clock,
  };
  emulator.state.subscriptionSchedules[id] = schedule;
  emulator.emit("subscription_schedule.created", schedule);
  updateSubscription(emulator, subscription, { schedule: id });
  return schedule;
}

function activeSchedule(schedule: Stripe.SubscriptionSchedule, verb: string): Stripe.Subscription | string {
  if (schedule.status !== "active" && schedule.status !== "not_started") {
    throw invalidState(`You cannot ${verb} a subscription schedule that is currently in the \`${schedule.status}\` status. It must be in one of the following statuses: \`not_started\`, \`active\`.`);
  }
  return String(schedule.subscription);
}

export const subscriptionScheduleRoutes: Route[] = [
  route("POST", "/v1/subscription_schedules", (emulator, { params }) => {
    const subscription = getSubscription(emulator, requiredString(params, "from_subscription"), "from_subscription");
    return createFromSubscription(emulator, subscription, params);
  }),
  route("GET", "/v1/subscription_schedules/:id", (emulator, request) => getSubscriptionSchedule(emulator, idOf(request))),
  route("GET", "/v1/subscription_schedules", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const items = newestFirst(emulator.state.subscriptionSchedules).filter((schedule) => customer === undefined || schedule.customer === customer);
    return paginateList(items, params, "/v1/subscription_schedules", "subscription_schedule");
  }),
  route("POST", "/v1/subscription_schedules/:id", (emulator, request) => {
    const schedule = getSubscriptionSchedule(emulator, idOf(request));
    const subscription = getSubscription(emulator, String(activeSchedule(schedule, "update")));
    const { params } = request;
    if (params.phases !== undefined) readPhases(emulator, schedule, subscription, params);
    const endBehavior = readEndBehavior(params);
    if (endBehavior) schedule.end_behavior = endBehavior;
    if (params.metadata !== undefined) schedule.metadata = readMetadata(params, schedule.metadata ?? {});
    emulator.emit("subscription_schedule.updated", schedule);
    return schedule;
  }),
  route("POST", "/v1/subscription_schedules/:id/release", (emulator, request) => {
    const schedule = getSubscriptionSchedule(emulator, idOf(request));
    const subscription = getSubscription(emulator, String(activeSchedule(schedule, "release")));
    optionalBoolean(request.params, "preserve_cancel_date");
    schedule.status = "released";
    schedule.released_at = emulator.now(schedule.test_clock);
    schedule.released_subscription = subscription.id;
    schedule.subscription = null;
    schedule.current_phase = null;
    updateSubscription(emulator, subscription, { schedule: null });
    emulator.emit("subscription_schedule.released", schedule);
    return schedule;
  }),
  route("POST", "/v1/subscription_schedules/:id/cancel", (emulator, request) => {
    const schedule = getSubscriptionSchedule(emulator, idOf(request));
    const subscription = getSubscription(emulator, String(activeSchedule(schedule, "cancel")));
    // invoice_now and prorate (both default true) have nothing to act on without metered usage or pending items;
    // the credit prorate puts on the customer's balance is not emulated.
    optionalBoolean(request.params, "invoice_now");
    optionalBoolean(request.params, "prorate");
    schedule.status = "canceled";
    schedule.canceled_at = emulator.now(schedule.test_clock);
    schedule.current_phase = null;
    if (subscription.status !== "canceled") cancelSubscription(emulator, subscription);
    emulator.emit("subscription_schedule.canceled", schedule);
    return schedule;
  }),
];
