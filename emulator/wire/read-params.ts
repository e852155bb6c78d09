// Typed readers for decoded form parameters. Each throws Stripe's own error for a missing or
// malformed parameter, naming it the way Stripe does (`line_items[0][price_data][unit_amount]`).
import type { FormObject, FormValue } from "./parse-form";
import { invalidParam, missingParam } from "./stripe-api-error";

export const child = (param: string, key: string | number) => (param ? `${param}[${key}]` : String(key));

export function optionalString(params: FormObject, key: string, param = key): string | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidParam(param, `Invalid string: ${param}`, "parameter_invalid_string");
  return value;
}

export function requiredString(params: FormObject, key: string, param = key): string {
  const value = optionalString(params, key, param);
  if (value === undefined || value === "") throw missingParam(param);
  return value;
}

export function optionalInteger(params: FormObject, key: string, param = key): number | undefined {
  const value = optionalString(params, key, param);
  if (value === undefined || value === "") return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidParam(param, `Invalid integer: ${value}`, "parameter_invalid_integer");
  return Number(value);
}

export function requiredInteger(params: FormObject, key: string, param = key): number {
  const value = optionalInteger(params, key, param);
  if (value === undefined) throw missingParam(param);
  return value;
}

export function optionalBoolean(params: FormObject, key: string, param = key): boolean | undefined {
  const value = optionalString(params, key, param);
  if (value === undefined || value === "") return undefined;
  if (value !== "true" && value !== "false") throw invalidParam(param, `Invalid boolean: ${value}`, "parameter_invalid_boolean");
  return value === "true";
}

export function optionalObject(params: FormObject, key: string, param = key): FormObject | undefined {
  const value = params[key];
  if (value === undefined || value === "") return undefined;
  if (typeof value === "string" || Array.isArray(value)) throw invalidParam(param, `Invalid object: ${param}`, "parameter_invalid_object");
  return value;
}

export function optionalArray(params: FormObject, key: string, param = key): FormValue[] | undefined {
  const value = params[key];
  if (value === undefined || value === "") return undefined;
  if (!Array.isArray(value)) throw invalidParam(param, `Invalid array: ${param}`, "parameter_invalid_array");
  return value;
}

export function objectAt(value: FormValue, param: string): FormObject {
  if (typeof value === "string" || Array.isArray(value)) throw invalidParam(param, `Invalid object: ${param}`, "parameter_invalid_object");
  return value;
}

/** `metadata[key]=value`; an empty string deletes a key on update, as Stripe does. */
export function readMetadata(params: FormObject, existing: Record<string, string> = {}): Record<string, string> {
  const metadata = optionalObject(params, "metadata");
  if (params.metadata === "") return {};
  if (!metadata) return existing;
  const next = { ...existing };
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== "string") throw invalidParam(`metadata[${key}]`, `Invalid metadata value for ${key}`);
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}

export function readExpand(params: FormObject): string[] {
  const value = params.expand;
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((entry): entry is string => typeof entry === "string");
}
