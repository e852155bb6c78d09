// /v1/test_helpers/test_clocks: create, retrieve, list, delete, advance. Customers created with
// `test_clock` (and their subscriptions) live on that clock's time. Advancing does, in time order,
// everything due on the way (billing/due-work.ts): renewals period by period, paused collections
// resuming, schedule phases, invoice.upcoming. The advance runs at once, so the answer is already
// `ready` (Stripe answers `advancing` and gets there in a few seconds).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { nextDueWork } from "../billing/due-work";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString, requiredInteger } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, resourceMissing } from "../wire/stripe-api-error";

export function getTestClock(emulator: EmulatorContext, id: string): Stripe.TestHelpers.TestClock {
  const clock = emulator.state.testClocks[id];
  if (!clock) throw resourceMissing("test_clock", id);
  return clock;
}

export function advanceTestClock(emulator: EmulatorContext, clock: Stripe.TestHelpers.TestClock, target: number): Stripe.TestHelpers.TestClock {
  if (target <= clock.frozen_time) throw invalidParam("frozen_time", "The test clock can only be advanced to a time after its current frozen_time.", "parameter_invalid_integer");
  clock.status = "advancing";
  clock.status_details = { advancing: { target_frozen_time: target } };
  emulator.emit("test_helpers.test_clock.advancing", clock);
  for (let due = nextDueWork(emulator, clock.id, target); due; due = nextDueWork(emulator, clock.id, target)) {
    clock.frozen_time = Math.max(clock.frozen_time, due.at);
    due.run();
  }
  clock.frozen_time = target;
  clock.status = "ready";
  clock.status_details = {};
  emulator.emit("test_helpers.test_clock.ready", clock);
  return clock;
}

export const testClockRoutes: Route[] = [
  route("POST", "/v1/test_helpers/test_clocks", (emulator, { params }) => {
    const frozenTime = requiredInteger(params, "frozen_time");
    const now = emulator.now();
    const clock: Stripe.TestHelpers.TestClock = {
      id: newId("clock", 24),
      object: "test_helpers.test_clock",
      created: now,
      deletes_after: now + 30 * 86_400,
      frozen_time: frozenTime,
      livemode: false,
      name: optionalString(params, "name") ?? null,
      status: "ready",
      status_details: {},
    };
    emulator.state.testClocks[clock.id] = clock;
    emulator.emit("test_helpers.test_clock.created", clock);
    return clock;
  }),
  route("GET", "/v1/test_helpers/test_clocks/:id", (emulator, request) => getTestClock(emulator, idOf(request))),
  route("GET", "/v1/test_helpers/test_clocks", (emulator, { params }) => paginateList(newestFirst(emulator.state.testClocks), params, "/v1/test_helpers/test_clocks", "test_clock")),
  route("DELETE", "/v1/test_helpers/test_clocks/:id", (emulator, request) => {
    const clock = getTestClock(emulator, idOf(request));
    delete emulator.state.testClocks[clock.id];
    emulator.emit("test_helpers.test_clock.deleted", clock);
    const deleted: Stripe.TestHelpers.DeletedTestClock = { id: clock.id, object: "test_helpers.test_clock", deleted: true };
    return deleted;
  }),
  route("POST", "/v1/test_helpers/test_clocks/:id/advance", (emulator, request) => advanceTestClock(emulator, getTestClock(emulator, idOf(request)), requiredInteger(request.params, "frozen_time"))),
];
