// For tests: an in-process Stripe emulator, the real SDK pointed at it, and a tiny webhook
// receiver that verifies every delivery with stripe.webhooks.constructEvent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { createEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from "@/emulator/create-emulator-server";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";

export const TEST_WEBHOOK_SECRET = "whsec_emulator_test_secret";

export type WebhookReceiver = {
  url: string;
  /** Verified events in arrival order. */
  events: Stripe.Event[];
  /** Deliveries whose signature did not verify (should stay empty). */
  rejected: string[];
  /** Answer these statuses to the next deliveries (then 200 again), to exercise retries; "hang" never answers. */
  failNext(statuses: (number | "hang")[]): void;
  types(): string[];
  close(): Promise<void>;
};

export async function startWebhookReceiver(stripe: Stripe, secret = TEST_WEBHOOK_SECRET): Promise<WebhookReceiver> {
  const events: Stripe.Event[] = [];
  const rejected: string[] = [];
  let failures: (number | "hang")[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const failure = failures.shift();
      if (failure === "hang") return;
      if (failure !== undefined) {
        response.writeHead(failure).end();
        return;
      }
      try {
        events.push(stripe.webhooks.constructEvent(body, String(request.headers["stripe-signature"]), secret));
        response.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
      } catch (error) {
        rejected.push(error instanceof Error ? error.message : String(error));
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/stripe/webhook`,
    events,
    rejected,
    failNext(statuses) {
      failures = [...statuses];
    },
    types: () => events.map((event) => event.type),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TestEmulator = {
  emulator: EmulatorServer;
  stripe: Stripe;
  receiver: WebhookReceiver;
  /** POST to the control API (/_emulator/...), JSON in and out. */
  control<T = Record<string, unknown>>(path: string, body?: object): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
};

export async function startTestEmulator(options: Omit<EmulatorServerOptions, "webhookEndpoints"> = {}): Promise<TestEmulator> {
  // Retries are fast so a test can watch them; no state file.
  const emulator = createEmulatorServer({ retryDelaysMs: [20, 40, 80], deliveryTimeoutMs: 500, log: () => {}, ...options });
  const { url } = await emulator.listen(0);
  const stripe = createStripeClient("sk_test_emulator", url);
  const receiver = await startWebhookReceiver(stripe);
  emulator.webhookEndpoints.push({ url: receiver.url, secret: TEST_WEBHOOK_SECRET });
  return {
    emulator,
    stripe,
    receiver,
    async control<T>(path: string, body: object = {}) {
      const response = await fetch(`${url}/_emulator/${path.replace(/^\//, "")}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as T };
    },
    async close() {
      await emulator.close();
      await receiver.close();
    },
  };
}

/** A one-time donation session (factory defaults a test can override). */
export function oneTimeDonation(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    submit_type: "donate",
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1000, product_data: { name: "One-time donation" } } }],
    success_url: "http://127.0.0.1:3000/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://127.0.0.1:3000/?cancelled=1",
    ...overrides,
  };
}

/** A monthly donation session. */
export function monthlyDonation(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}, unitAmount = 500): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "subscription",
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: unitAmount, recurring: { interval: "month" }, product_data: { name: "Monthly donation" } } }],
    success_url: "http://127.0.0.1:3000/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://127.0.0.1:3000/?cancelled=1",
    ...overrides,
  };
}

/** A customer on a fresh test clock (15 January 2026, noon UTC) with a paid recurring donation. */
export async function subscribeOnTestClock(
  t: TestEmulator,
  options: { card?: string; unitAmount?: number; interval?: "month" | "year"; email?: string } = {},
): Promise<{ clock: Stripe.TestHelpers.TestClock; customer: Stripe.Customer; subscription: Stripe.Subscription; frozenTime: number }> {
  const frozenTime = Math.floor(Date.UTC(2026, 0, 15, 12) / 1000);
  const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: frozenTime });
  const customer = await t.stripe.customers.create({ email: options.email ?? "supporter@example.org", test_clock: clock.id });
  const interval = options.interval ?? "month";
  const session = await t.stripe.checkout.sessions.create({
    ...monthlyDonation({ customer: customer.id }),
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: options.unitAmount ?? 500, recurring: { interval }, product_data: { name: `${interval}ly donation` } } }],
  });
  const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: options.card ?? "4242424242424242" });
  if (paid.status !== 200) throw new Error(`paying the session failed: ${JSON.stringify(paid.body)}`);
  const subscription = await t.stripe.subscriptions.retrieve(String(paid.body.subscription));
  return { clock, customer, subscription, frozenTime };
}
