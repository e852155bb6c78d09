// Stripe refuses a parameter it does not know: 400, invalid_request_error, code parameter_unknown,
// "Received unknown parameter: items[0][foo]". The emulator does the same against the table in
// known-params.ts, so a misspelt or unemulated parameter fails a test as it would fail at Stripe.
import type { FormObject, FormValue } from "./parse-form";
import { child } from "./read-params";
import { StripeApiError } from "./stripe-api-error";

/** `true`: any value (a leaf, or a free-form hash such as metadata); an object: its known keys (for arrays, each element's). */
export type ParamSpec = true | { readonly [key: string]: ParamSpec };
export type ParamTable = { readonly [key: string]: ParamSpec };

export const unknownParam = (param: string) => new StripeApiError(400, { type: "invalid_request_error", code: "parameter_unknown", message: `Received unknown parameter: ${param}`, param });

function findUnknown(value: FormValue, spec: ParamSpec, param: string): string | undefined {
  if (spec === true || typeof value === "string") return undefined;
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      const found = findUnknown(element, spec, child(param, index));
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, nested] of Object.entries(value)) {
    const known = spec[key];
    if (known === undefined) return child(param, key);
    const found = findUnknown(nested, known, child(param, key));
    if (found) return found;
  }
  return undefined;
}

/** Throws parameter_unknown for the first parameter the table does not list (`expand` is always known). */
export function refuseUnknownParams(params: FormObject, table: ParamTable): void {
  const found = findUnknown(params, { ...table, expand: true }, "");
  if (found) throw unknownParam(found);
}
