// /v1/subscriptions: retrieve, list (by customer, status; canceled ones only with status=canceled
// or all), update (update-subscription.ts) and cancel (with cancellation_details).
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidState } from "../wire/stripe-api-error";
import { cancelSubscription, getSubscription } from "./subscriptions";
import { readCancellationDetails, updateSubscriptionFromParams } from "./update-subscription";

export const subscriptionRoutes: Route[] = [
  route("GET", "/v1/subscriptions/:id", (emulator, request) => getSubscription(emulator, idOf(request))),
  route("GET", "/v1/subscriptions", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const status = optionalString(params, "status");
    const testClock = optionalString(params, "test_clock");
    const items = newestFirst(emulator.state.subscriptions).filter(
      (subscription) =>
        (customer === undefined || subscription.customer === customer) &&
        (testClock === undefined || subscription.test_clock === testClock) &&
        (status === "all" || (status === undefined ? subscription.status !== "canceled" : subscription.status === status)),
    );
    return paginateList(items, params, "/v1/subscriptions", "subscription");
  }),
  route("POST", "/v1/subscriptions/:id", (emulator, request) => updateSubscriptionFromParams(emulator, getSubscription(emulator, idOf(request)), request.params)),
  route("DELETE", "/v1/subscriptions/:id", (emulator, request) => {
    const subscription = getSubscription(emulator, idOf(request));
    if (subscription.status === "canceled") throw invalidState(`This subscription has already been canceled: ${subscription.id}`);
    const details = readCancellationDetails(request.params, subscription.cancellation_details);
    if (details) subscription.cancellation_details = details;
    return cancelSubscription(emulator, subscription);
  }),
];
