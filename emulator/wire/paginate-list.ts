// Stripe's list envelope and cursor pagination: newest first, `limit` (1-100, default 10),
// `starting_after` / `ending_before` ids, `has_more`, and the `created` range filter.
import type Stripe from "stripe";
import type { FormObject } from "./parse-form";
import { optionalInteger, optionalObject, optionalString } from "./read-params";
import { invalidParam, resourceMissing } from "./stripe-api-error";

type Listable = { id: string; created?: number };

export function filterByCreated<T extends Listable>(items: T[], params: FormObject): T[] {
  const exact = typeof params.created === "string" ? optionalInteger(params, "created") : undefined;
  const range = typeof params.created === "object" ? optionalObject(params, "created") : undefined;
  if (exact !== undefined) return items.filter((item) => item.created === exact);
  if (!range) return items;
  const bound = (key: string) => optionalInteger(range, key, `created[${key}]`);
  const [gt, gte, lt, lte] = [bound("gt"), bound("gte"), bound("lt"), bound("lte")];
  return items.filter((item) => {
    const created = item.created ?? 0;
    return (gt === undefined || created > gt) && (gte === undefined || created >= gte) && (lt === undefined || created < lt) && (lte === undefined || created <= lte);
  });
}

/** `items` must already be newest first. */
export function paginateList<T extends Listable>(items: T[], params: FormObject, url: string, noun = "object"): Stripe.ApiList<T> {
  const limit = optionalInteger(params, "limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalidParam("limit", "This value must be greater than or equal to 1 and less than or equal to 100.", "parameter_invalid_integer");
  const filtered = filterByCreated(items, params);
  const startingAfter = optionalString(params, "starting_after");
  const endingBefore = optionalString(params, "ending_before");
  let data: T[];
  let hasMore: boolean;
  if (startingAfter) {
    const index = filtered.findIndex((item) => item.id === startingAfter);
    if (index === -1) throw resourceMissing(noun, startingAfter, "starting_after");
    data = filtered.slice(index + 1, index + 1 + limit);
    hasMore = filtered.length > index + 1 + limit;
  } else if (endingBefore) {
    const index = filtered.findIndex((item) => item.id === endingBefore);
    if (index === -1) throw resourceMissing(noun, endingBefore, "ending_before");
    const start = Math.max(0, index - limit);
    data = filtered.slice(start, index);
    hasMore = start > 0;
  } else {
    data = filtered.slice(0, limit);
    hasMore = filtered.length > limit;
  }
  return { object: "list", data, has_more: hasMore, url };
}

export const newestFirst = <T>(record: Record<string, T>): T[] => Object.values(record).reverse();
