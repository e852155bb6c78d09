// /v1/billing_portal/sessions: a link to the emulator's portal page for one customer.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";
import { optionalString, requiredString } from "../wire/read-params";
import { route, type Route } from "../wire/route";
import { invalidParam } from "../wire/stripe-api-error";
import { getCustomer } from "./customers";

export const billingPortalSessionRoutes: Route[] = [
  route("POST", "/v1/billing_portal/sessions", (emulator: EmulatorContext, { params }) => {
    const customer = getCustomer(emulator, requiredString(params, "customer"), "customer");
    const returnUrl = optionalString(params, "return_url");
    if (returnUrl !== undefined && !/^https?:\/\/.+/.test(returnUrl)) throw invalidParam("return_url", "Not a valid URL", "url_invalid");
    const id = newId("bps", 24);
    const session: Stripe.BillingPortal.Session = {
      id,
      object: "billing_portal.session",
      configuration: "bpc_emulator_default",
      created: emulator.now(),
      customer: customer.id,
      customer_account: null,
      flow: null,
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
