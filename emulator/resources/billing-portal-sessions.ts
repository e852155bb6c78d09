// /v1/billing_portal/sessions: a link to the emulator's portal page for one customer.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import { optionalObject, optionalString, requiredString } from "../wire/read-params";
import { route, type Route } from "../wire/route";
import { invalidParam } from "../wire/stripe-api-error";
import { getCustomer } from "./customers";

export const billingPortalSessionRoutes: Route[] = [
  route("POST", "/v1/billing_portal/sessions", (emulator: EmulatorContext, { params }) => {
    const customer = getCustomer(emulator, requiredString(params, "customer"), "customer");
    const returnUrl = optionalString(params, "return_url");
    if (returnUrl !== undefined && !/^https?:\/\/.+/.test(returnUrl)) throw invalidParam("return_url", "Not a valid URL", "url_invalid");
    const flow = readFlow(optionalObject(params, "flow_data"));
    const id = newId("bps", 24);
    const session: Stripe.BillingPortal.Session = {
      id,
      object: "billing_portal.session",
      configuration: "bpc_emulator_default",
      created: emulator.now(),
      customer: customer.id,
      customer_account: null,
      flow,
      livemode: false,
      locale: optionalString(params, "locale") ?? null,
      on_behalf_of: null,
      return_url: returnUrl ?? null,
      url: `${emulator.baseUrl()}/p/session/${id}`,
    };
    emulator.state.portalSessions[id] = session;
    return session;
  }),
];

// flow_data: the one flow the app uses, a deep link to updating the payment method. Other flows are
// refused rather than ignored, so a test cannot pass on a flow the emulator does not show.
function readFlow(flowData: ReturnType<typeof optionalObject>): Stripe.BillingPortal.Session.Flow | null {
  if (!flowData) return null;
  const type = requiredString(flowData, "type", "flow_data[type]");
  if (type !== "payment_method_update") throw invalidParam("flow_data[type]", `The emulator does not emulate the ${type} flow`);
  return {
    type: "payment_method_update",
    after_completion: { type: "portal_homepage", hosted_confirmation: null, redirect: null },
    customer_update: null,
    subscription_cancel: null,
    subscription_pause: null,
    subscription_update: null,
    subscription_update_confirm: null,
  };
}
