import { apiRoutes } from "../api-routes";
import { knownParamsFor } from "./known-params";
import { refuseUnknownParams } from "./refuse-unknown-params";
import { parseForm } from "./parse-form";

describe("the table of known parameters", () => {
  it("has an entry for every route of the emulated API", () => {
    const missing = apiRoutes.filter((route) => !knownParamsFor(route.method, route.path)).map((route) => `${route.method} ${route.path}`);
    expect(missing).toEqual([]);
  });
});

describe("refusing unknown parameters", () => {
  const table = knownParamsFor("POST", "/v1/subscriptions/:id") ?? {};
  const refusal = (body: string) => {
    try {
      refuseUnknownParams(parseForm(body), table);
      return undefined;
    } catch (error) {
      return (error as { status: number; body: object }).body;
    }
  };

  it("answers Stripe's parameter_unknown, naming the parameter as Stripe does", () => {
    expect(refusal("cancel_at_period_ends=true")).toEqual({
      type: "invalid_request_error",
      code: "parameter_unknown",
      param: "cancel_at_period_ends",
      message: "Received unknown parameter: cancel_at_period_ends",
    });
    expect(refusal("items[0][id]=si_1&items[0][prize]=price_1")).toMatchObject({ param: "items[0][prize]", message: "Received unknown parameter: items[0][prize]" });
    expect(refusal("pause_collection[behaviour]=void")).toMatchObject({ param: "pause_collection[behaviour]" });
  });

  it("lets known parameters, free-form metadata, expand and unsetting with an empty value through", () => {
    expect(refusal("items[0][id]=si_1&items[0][price]=price_1&proration_behavior=none&metadata[anything]=x&expand[]=latest_invoice")).toBeUndefined();
    expect(refusal("pause_collection=")).toBeUndefined();
  });
});
