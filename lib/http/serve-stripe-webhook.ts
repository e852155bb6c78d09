// POST /api/stripe/webhook on the production server (server.ts), answered before Next.js routes
// the request: the intake is the busiest endpoint Stripe calls, renders nothing, and through the
// framework's router each delivery cost more than the whole of its own work (ARCHITECTURE.md,
// "Hot paths"). Same rules as the route handler: answerStripeWebhook decides.
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerStripeWebhook, MAX_WEBHOOK_BYTES } from "../stripe/answer-stripe-webhook";

export const STRIPE_WEBHOOK_PATH = "/api/stripe/webhook";

/** The node request's body, or null once it passes maxBytes (Content-Length can lie or be absent). */
export function readNodeBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers["content-length"] ?? "0") > maxBytes) {
      request.resume(); // let the client finish sending; its answer is the 413
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      total += chunk.length;
      if (total > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        return resolve(null);
      }
      chunks.push(chunk);
    });
    request.on("end", () => tooLarge || resolve(Buffer.concat(chunks, total)));
    request.on("error", reject);
  });
}

export function isStripeWebhookRequest(request: IncomingMessage): boolean {
  if (request.method !== "POST" || !request.url) return false;
  const query = request.url.indexOf("?");
  return (query === -1 ? request.url : request.url.slice(0, query)) === STRIPE_WEBHOOK_PATH;
}

export async function serveStripeWebhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let status: number;
  let body: Record<string, unknown>;
  try {
    const raw = await readNodeBody(request, MAX_WEBHOOK_BYTES);
    const signature = request.headers["stripe-signature"];
    ({ status, body } = await answerStripeWebhook(raw, typeof signature === "string" ? signature : null));
  } catch {
    // the client went away mid-body, or something failed before the event was recorded: Stripe retries
    status = 500;
    body = { error: "could not read the delivery; Stripe will retry" };
  }
  const text = JSON.stringify(body);
  // An oversized body is not read to its end: the connection closes after the 413.
  const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store", ...(status === 413 ? { connection: "close" } : {}) };
  response.writeHead(status, headers);
  response.end(text);
}
