// `expand[]`: replaces an id with the object it names (`customer`, `subscription.latest_invoice`,
// `data.customer` on lists) and fills the fields Stripe only includes on request
// (`line_items` on a Checkout Session, `payments` on an invoice, `refunds` on a charge).
import type { EmulatorState } from "../state/emulator-state";
import { findById } from "../state/emulator-state";
import { invalidParam } from "./stripe-api-error";
import { newestFirst } from "./paginate-list";

type Node = { [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

function includable(state: EmulatorState, owner: Node, key: string): unknown {
  const id = String(owner.id);
  if (owner.object === "checkout.session" && key === "line_items") {
    const data = state.sessionLineItems[id] ?? [];
    return { object: "list", data, has_more: false, url: `/v1/checkout/sessions/${id}/line_items` };
  }
  if (owner.object === "invoice" && key === "payments") {
    const data = newestFirst(state.invoicePayments).filter((payment) => payment.invoice === id);
    return { object: "list", data, has_more: false, url: `/v1/invoice_payments?invoice=${id}` };
  }
  if (owner.object === "charge" && key === "refunds") {
    const data = newestFirst(state.refunds).filter((refund) => refund.charge === id);
    return { object: "list", data, has_more: false, url: `/v1/charges/${id}/refunds` };
  }
  return undefined;
}

function expandPath(state: EmulatorState, node: Node, path: string[], full: string): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (key === "data" && node.object === "list" && Array.isArray(node.data)) {
    for (const item of node.data) if (isNode(item)) expandPath(state, item, rest, full);
    return;
  }
  let value = node[key];
  if (typeof value === "string") {
    const found = findById(state, value);
    if (found) value = structuredClone(found);
  } else if (value === undefined || (value === null && includable(state, node, key) !== undefined)) {
    value = includable(state, node, key);
    if (value === undefined) throw invalidParam("expand", `This property cannot be expanded (${full}).`);
  }
  node[key] = value;
  if (isNode(value)) expandPath(state, value, rest, full);
  else if (Array.isArray(value)) for (const item of value) if (isNode(item)) expandPath(state, item, rest, full);
}

/** Returns a copy of `object` with the expansions applied (the stored object stays unexpanded). */
export function expandObject<T extends object>(state: EmulatorState, object: T, expand: string[]): T {
  if (expand.length === 0) return object;
  const copy = structuredClone(object) as T & Node;
  for (const path of expand) expandPath(state, copy, path.split("."), path);
  return copy;
}
