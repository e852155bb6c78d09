// The Stripe emulator as an HTTP server: the API under /v1, the control API under /_emulator,
// the hosted Checkout and billing portal pages. Tests create it in-process; `npm run
// stripe:emulator` (emulator/main.ts) runs it standalone.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { apiRoutes } from "./api-routes";
import { createControlRoutes, type ControlBody } from "./control/control-routes";
import { clockId, type EmulatorContext } from "./emulator-context";
import { buildEvent } from "./events/build-event";
import { handlePageRequest } from "./pages/handle-page-request";
import { expireIfDue } from "./resources/checkout-sessions";
import { settleDueDebits } from "./billing/settle-debits";
import { createEmptyState, type EmulatorState } from "./state/emulator-state";
import { createStateWriter, loadState } from "./state/persist-state";
import { createEventDeliverer, type WebhookEndpoint } from "./webhooks/deliver-events";
import type { DeliveryChaos } from "./webhooks/delivery-chaos";
import { handleApiRequest } from "./wire/handle-api-request";
import { createIdempotencyCache } from "./wire/idempotency-cache";
import { StripeApiError } from "./wire/stripe-api-error";

export type EmulatorServerOptions = {
  webhookEndpoints?: WebhookEndpoint[];
  /** JSON file the state is kept in across restarts (npm run dev); memory only when unset. */
  stateFile?: string;
  chaos?: DeliveryChaos;
  /** Waits before each webhook retry (default 0.5 s, 2 s, 10 s, 60 s, 5 min). */
  retryDelaysMs?: number[];
  deliveryTimeoutMs?: number;
  /** How often open Checkout Sessions past expires_at are expired (default 5 s). */
  expirySweepMs?: number;
  log?: (line: string) => void;
  /** Days before a renewal that invoice.upcoming is sent (default 14, as STRIPE_EMULATOR_UPCOMING_DAYS). */
  upcomingDays?: number;
  /** Milliseconds before a SEPA debit without a test clock settles by itself (as STRIPE_EMULATOR_DEBIT_DELAY_MS); null (the default here) waits for the control API. */
  debitDelayMs?: number | null;
  /** The account's settlement currency, lower case (default usd, as STRIPE_EMULATOR_SETTLEMENT_CURRENCY). */
  settlementCurrency?: string;
};

const MAX_BODY = 1024 * 1024;
const DEFAULT_UPCOMING_DAYS = 14;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("request body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseControlBody(raw: string, contentType: string | undefined): ControlBody {
  if (!raw) return {};
  if (contentType?.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  const parsed: unknown = JSON.parse(raw);
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as ControlBody) : {};
}

function readChaos(body: ControlBody): DeliveryChaos {
  const chaos: DeliveryChaos = {};
  if (typeof body.duplicateRate === "number") chaos.duplicateRate = body.duplicateRate;
  if (typeof body.maxDelayMs === "number") chaos.maxDelayMs = body.maxDelayMs;
  if (typeof body.reorder === "boolean") chaos.reorder = body.reorder;
  if (typeof body.seed === "number") chaos.seed = body.seed;
  return chaos;
}

export function createEmulatorServer(options: EmulatorServerOptions = {}) {
  let state: EmulatorState = loadState(options.stateFile);
  let baseUrl = "http://127.0.0.1:12111";
  let batch: Stripe.Event[] = [];
  const log = options.log ?? ((line: string) => console.log(line));
  const writer = createStateWriter(options.stateFile, () => state);
  const idempotency = createIdempotencyCache();
  const deliverer = createEventDeliverer({
    endpoints: options.webhookEndpoints ?? [],
    retryDelaysMs: options.retryDelaysMs,
    timeoutMs: options.deliveryTimeoutMs,
    chaos: options.chaos,
    log,
  });

  const context: EmulatorContext = {
    get state() {
      return state;
    },
    baseUrl: () => baseUrl,
    now(testClock) {
      const id = clockId(testClock);
      const clock = id ? state.testClocks[id] : undefined;
      return clock ? clock.frozen_time : Math.floor(Date.now() / 1000);
    },
    emit(type, object, previousAttributes) {
      const event = buildEvent(type, object, Math.floor(Date.now() / 1000), previousAttributes, context.request);
      state.events[event.id] = event;
      batch.push(event);
      return event;
    },
    changed: () => writer.schedule(),
    upcomingDays: options.upcomingDays ?? DEFAULT_UPCOMING_DAYS,
    debitDelayMs: options.debitDelayMs ?? null,
    settlementCurrency: options.settlementCurrency ?? "usd",
    request: null,
  };

  const flushEvents = () => {
    const events = batch;
    batch = [];
    if (events.length > 0) {
      writer.schedule();
      deliverer.deliver(events);
    }
  };

  const reset = () => {
    state = createEmptyState();
    batch = [];
    idempotency.clear();
    writer.flush();
  };

  const setChaos = (chaos: DeliveryChaos) => {
    deliverer.setChaos(chaos);
    return deliverer.getChaos();
  };

  const controlRoutes = createControlRoutes({
    reset,
    setChaos: (body) => setChaos(readChaos(body)),
    idle: () => deliverer.idle(),
    deliveries: () => ({ object: "list", data: deliverer.history.slice(-500) }),
  });

  const send = (response: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
    response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
    response.end(body);
  };

  async function handleControl(request: IncomingMessage, response: ServerResponse, path: string, body: string) {
    const match = controlRoutes.map((route) => ({ route, found: route.method === request.method ? route.pattern.exec(path) : null })).find(({ found }) => found);
    try {
      if (!match?.found) throw new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized control URL (${request.method}: ${path}).` });
      const result = await match.route.handler(context, decodeURIComponent(match.found[1] ?? ""), parseControlBody(body, request.headers["content-type"]));
      writer.schedule();
      send(response, 200, { "content-type": "application/json" }, JSON.stringify(result));
    } catch (error) {
      const failure = error instanceof StripeApiError ? error : new StripeApiError(400, { type: "invalid_request_error", message: error instanceof Error ? error.message : String(error) });
      send(response, failure.status, { "content-type": "application/json" }, JSON.stringify(failure.toJSON()));
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request);
    const url = request.url ?? "/";
    const path = url.split("?")[0] ?? "/";
    try {
      if (path.startsWith("/v1/")) {
        const answer = handleApiRequest(context, apiRoutes, idempotency, { method: request.method ?? "GET", url, headers: request.headers, body });
        send(response, answer.status, answer.headers, answer.body);
      } else if (path.startsWith("/_emulator/")) {
        await handleControl(request, response, path, body);
      } else {
        const page = handlePageRequest(context, { method: request.method ?? "GET", url, body });
        send(response, page.status, page.headers, page.body);
      }
    } finally {
      flushEvents();
    }
  }

  // Stripe expires an unpaid session at expires_at and sends checkout.session.expired.
  const expirySweep = setInterval(() => {
    for (const session of Object.values(state.checkoutSessions)) if (session.status === "open") expireIfDue(context, session);
    flushEvents();
  }, options.expirySweepMs ?? 5_000);
  expirySweep.unref();
  // Bank debits without a test clock settle on the wall clock (billing/settle-debits.ts).
  const debitSweep = setInterval(() => {
    if (settleDueDebits(context, Date.now()) > 0) flushEvents();
  }, 250);
  debitSweep.unref();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`[stripe-emulator] ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) send(response, 500, { "content-type": "text/plain" }, "emulator error");
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    /** Starts listening on 127.0.0.1 (port 0 picks a free port). */
    listen(port = 0, host = "127.0.0.1"): Promise<{ port: number; url: string }> {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          baseUrl = `http://${host}:${address.port}`;
          resolve({ port: address.port, url: baseUrl });
        });
      });
    },
    /** Stops deliveries, saves state, closes the server. */
    async close(): Promise<void> {
      clearInterval(expirySweep);
      clearInterval(debitSweep);
      deliverer.close();
      writer.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    get url() {
      return baseUrl;
    },
    get state(): EmulatorState {
      return state;
    },
    webhookEndpoints: deliverer.endpoints,
    deliveries: deliverer.history,
    reset,
    setChaos,
    /** Resolves once every queued, delayed and retried webhook delivery has finished. */
    idle: () => deliverer.idle(),
  };
}

export type EmulatorServer = ReturnType<typeof createEmulatorServer>;
