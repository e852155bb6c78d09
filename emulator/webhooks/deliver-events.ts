// Delivers events to the configured endpoints, signed as Stripe signs them, retrying non-2xx
// answers and timeouts with backoff. Without chaos each endpoint gets one delivery at a time in
// the order events were recorded (retries go to the back of the line, as with Stripe).
// `idle()` resolves when nothing is queued, waiting or in flight.
import type Stripe from "stripe";
import { signPayload } from "./sign-payload";
import { createRandom, type DeliveryChaos } from "./delivery-chaos";

export type WebhookEndpoint = { url: string; secret: string };

export type DeliveryOptions = {
  endpoints: WebhookEndpoint[];
  /** Waits before each retry; the default follows Stripe's spirit at a test-friendly scale. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
  chaos?: DeliveryChaos;
  log?: (line: string) => void;
};

export type DeliveryRecord = { eventId: string; type: string; url: string; attempt: number; status: number | "timeout" | "error" };

const DEFAULT_RETRY_DELAYS_MS = [500, 2_000, 10_000, 60_000, 300_000];

export function createEventDeliverer(options: DeliveryOptions) {
  const endpoints = [...options.endpoints];
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let chaos: DeliveryChaos = options.chaos ?? {};
  let random = createRandom(chaos.seed);
  let pending = 0;
  let waiters: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const history: DeliveryRecord[] = [];
  let closed = false;

  const settle = () => {
    pending--;
    if (pending === 0) {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  };

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const queues = new Map<WebhookEndpoint, { event: Stripe.Event; attempt: number }[]>();
  const busy = new Set<WebhookEndpoint>();

  function enqueue(event: Stripe.Event, endpoint: WebhookEndpoint, attemptNumber: number) {
    const queue = queues.get(endpoint) ?? [];
    queues.set(endpoint, queue);
    queue.push({ event, attempt: attemptNumber });
    void pump(endpoint);
  }

  async function pump(endpoint: WebhookEndpoint) {
    if (busy.has(endpoint)) return;
    busy.add(endpoint);
    try {
      const queue = queues.get(endpoint) ?? [];
      for (let next = queue.shift(); next && !closed; next = queue.shift()) await attempt(next.event, endpoint, next.attempt);
    } finally {
      busy.delete(endpoint);
    }
  }

  async function attempt(event: Stripe.Event, endpoint: WebhookEndpoint, attemptNumber: number): Promise<void> {
    const body = JSON.stringify(event, null, 2);
    let status: DeliveryRecord["status"];
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signPayload(body, endpoint.secret), "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      // A DOMException from another realm (Jest's) is no `instanceof Error`: read its name.
      const name = typeof error === "object" && error !== null && "name" in error ? error.name : undefined;
      status = name === "TimeoutError" || name === "AbortError" ? "timeout" : "error";
    }
    history.push({ eventId: event.id, type: event.type, url: endpoint.url, attempt: attemptNumber, status });
    const ok = typeof status === "number" && status >= 200 && status < 300;
    if (ok || closed) return settle();
    const wait = retryDelays[attemptNumber - 1];
    if (wait === undefined) {
      options.log?.(`[stripe-emulator] gave up delivering ${event.id} (${event.type}) to ${endpoint.url} after ${attemptNumber} attempts (last: ${status})`);
      return settle();
    }
    options.log?.(`[stripe-emulator] ${event.type} ${event.id} to ${endpoint.url}: ${status}; retrying in ${wait} ms`);
    later(wait, () => enqueue(event, endpoint, attemptNumber + 1));
  }

  function send(event: Stripe.Event) {
    for (const endpoint of endpoints) {
      const copies = chaos.duplicateRate && random() < chaos.duplicateRate ? 2 : 1;
      for (let i = 0; i < copies; i++) {
        pending++;
        const delay = chaos.maxDelayMs ? Math.floor(random() * chaos.maxDelayMs) : 0;
        if (delay > 0) later(delay, () => enqueue(event, endpoint, 1));
        else enqueue(event, endpoint, 1);
      }
    }
  }

  return {
    endpoints,
    history,
    /** Delivers one batch (the events of one action), shuffled when chaos says so. */
    deliver(events: Stripe.Event[]) {
      if (closed || endpoints.length === 0) return;
      const batch = [...events];
      if (chaos.reorder) {
        for (let i = batch.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [batch[i], batch[j]] = [batch[j] as Stripe.Event, batch[i] as Stripe.Event];
        }
      }
      for (const event of batch) send(event);
    },
    setChaos(next: DeliveryChaos) {
      chaos = next;
      random = createRandom(next.seed);
    },
    getChaos: () => chaos,
    idle(): Promise<void> {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      pending = 0;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}

export type EventDeliverer = ReturnType<typeof createEventDeliverer>;
