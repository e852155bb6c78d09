// /v1/setup_intents: retrieve and list (by customer). A setup-mode Checkout Session makes one
// when the reader saves a card (billing/complete-setup-session.ts); nothing creates them directly.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId, randomTail } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

export function buildSetupIntent(
  emulator: EmulatorContext,
  input: { customer: string | null; paymentMethod: Stripe.PaymentMethod; metadata: Record<string, string>; description: string | null; testClock: string | null },
): Stripe.SetupIntent {
  const id = newId("seti", 24);
  const setupIntent: Stripe.SetupIntent = {
    id,
    object: "setup_intent",
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomTail(25)}`,
    created: emulator.now(input.testClock),
    customer: input.customer,
    description: input.description,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod.id,
    payment_method_configuration_details: null,
    payment_method_options: { card: { mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: [input.paymentMethod.type],
    single_use_mandate: null,
    status: "succeeded",
    usage: "off_session",
  };
  emulator.state.setupIntents[id] = setupIntent;
  return setupIntent;
}

export const setupIntentRoutes: Route[] = [
  route("GET", "/v1/setup_intents/:id", (emulator, request) => {
    const setupIntent = emulator.state.setupIntents[idOf(request)];
    if (!setupIntent) throw resourceMissing("setup_intent", idOf(request));
    return setupIntent;
  }),
  route("GET", "/v1/setup_intents", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const items = newestFirst(emulator.state.setupIntents).filter((setupIntent) => customer === undefined || setupIntent.customer === customer);
    return paginateList(items, params, "/v1/setup_intents", "setup_intent");
  }),
];
