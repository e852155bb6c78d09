// /_emulator/*: the control API for tests that do not drive a browser. JSON in, JSON out.
//   POST /_emulator/checkout/sessions/:id/pay     {card?, method?: "card"|"sepa_debit"|"bank_debit", iban?, email?, name?}
//   POST /_emulator/checkout/sessions/:id/settle  {outcome: "succeeded"|"failed"} (a processing SEPA debit, now)
//   POST /_emulator/charges/:id/dispute           {reason?, amount?}   (a charge or payment intent id)
//   POST /_emulator/disputes/:id/close            {status: "won"|"lost"}
//   POST /_emulator/subscriptions/:id/renew       renews one period now (no test clock needed)
//   POST /_emulator/chaos                         {duplicateRate?, maxDelayMs?, reorder?, seed?}
//   POST /_emulator/reset                         forget everything
//   POST /_emulator/idle                          answers once webhook deliveries are idle
//   GET  /_emulator/health, GET /_emulator/deliveries
import type { EmulatorContext } from "../emulator-context";
import { payCheckoutSession, settleCheckoutSession } from "../billing/pay-checkout-session";
import { renewSubscription } from "../billing/renew-subscription";
import { getCheckoutSession } from "../resources/checkout-sessions";
import { closeDispute, openDispute } from "../resources/disputes";
import { getSubscription } from "../resources/subscriptions";
import { invalidParam } from "../wire/stripe-api-error";

export type ControlBody = Record<string, unknown>;
export type ControlRoute = { method: string; pattern: RegExp; handler: (emulator: EmulatorContext, id: string, body: ControlBody) => object | Promise<object> };

const text = (body: ControlBody, key: string): string | undefined => (typeof body[key] === "string" ? (body[key] as string) : undefined);
const count = (body: ControlBody, key: string): number | undefined => (typeof body[key] === "number" ? (body[key] as number) : undefined);

export function createControlRoutes(hooks: { reset(): void; setChaos(chaos: ControlBody): object; idle(): Promise<void>; deliveries(): object }): ControlRoute[] {
  return [
    {
      method: "POST",
      pattern: /^\/_emulator\/checkout\/sessions\/([^/]+)\/pay$/,
      handler: (emulator, id, body) => {
        const method = text(body, "method") ?? "card";
        if (method !== "card" && method !== "sepa_debit" && method !== "bank_debit") throw invalidParam("method", "method must be card, sepa_debit (with iban) or bank_debit");
        return payCheckoutSession(emulator, getCheckoutSession(emulator, id), {
          method,
          card: text(body, "card") ?? "4242424242424242",
          iban: text(body, "iban"),
          email: text(body, "email"),
          name: text(body, "name"),
        });
      },
    },
    {
      method: "POST",
      pattern: /^\/_emulator\/checkout\/sessions\/([^/]+)\/settle$/,
      handler: (emulator, id, body) => {
        const outcome = text(body, "outcome") ?? "succeeded";
        if (outcome !== "succeeded" && outcome !== "failed") throw invalidParam("outcome", "outcome must be succeeded or failed");
        return settleCheckoutSession(emulator, getCheckoutSession(emulator, id), outcome === "succeeded");
      },
    },
    {
      method: "POST",
      pattern: /^\/_emulator\/charges\/([^/]+)\/dispute$/,
      handler: (emulator, id, body) => openDispute(emulator, id, { reason: text(body, "reason"), amount: count(body, "amount") }),
    },
    {
      method: "POST",
      pattern: /^\/_emulator\/disputes\/([^/]+)\/close$/,
      handler: (emulator, id, body) => {
        const status = text(body, "status") ?? "lost";
        if (status !== "won" && status !== "lost") throw invalidParam("status", "status must be won or lost");
        return closeDispute(emulator, id, status);
      },
    },
    {
      method: "POST",
      pattern: /^\/_emulator\/subscriptions\/([^/]+)\/renew$/,
      handler: (emulator, id) => renewSubscription(emulator, getSubscription(emulator, id)),
    },
    { method: "POST", pattern: /^\/_emulator\/chaos$/, handler: (_emulator, _id, body) => hooks.setChaos(body) },
    {
      method: "POST",
      pattern: /^\/_emulator\/reset$/,
      handler: () => {
        hooks.reset();
        return { reset: true };
      },
    },
    {
      method: "POST",
      pattern: /^\/_emulator\/idle$/,
      handler: async () => {
        await hooks.idle();
        return { idle: true };
      },
    },
    { method: "GET", pattern: /^\/_emulator\/deliveries$/, handler: () => hooks.deliveries() },
    { method: "GET", pattern: /^\/_emulator\/health$/, handler: () => ({ status: "ok" }) },
  ];
}
