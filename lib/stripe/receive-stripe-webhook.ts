// The webhook intake as a Next.js route handler (app/api/stripe/webhook). Before the body is
// read: the Stripe-Signature header's shape and timestamp (a request that cannot be from Stripe
// is refused without reading up to 1 MB), then a delivery slot (at most WEBHOOK_CONCURRENCY at
// once, else 503 with Retry-After so Stripe retries). Then the body, up to the limit and within a
// deadline, answered by answerStripeWebhook.
import { readLimitedBody } from "../http/read-limited-body";
import { answerStripeWebhook, MAX_WEBHOOK_BYTES, SIGNATURE_TOLERANCE_SECONDS } from "./answer-stripe-webhook";
import { checkSignatureHeader } from "./check-signature-header";
import { limitWebhookDeliveries } from "./limit-webhook-deliveries";

// Stripe sends its whole body at once; a delivery still arriving after this is holding a slot.
const BODY_TIMEOUT_MS = 10_000;

const answer = (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export async function receiveStripeWebhook(request: Request): Promise<Response> {
  const signature = request.headers.get("stripe-signature");
  const header = checkSignatureHeader(signature, Math.floor(Date.now() / 1000), SIGNATURE_TOLERANCE_SECONDS);
  if (!header.ok) return answer({ error: header.error }, 400);
  return limitWebhookDeliveries(
    async () => {
      const read = await readLimitedBody(request, MAX_WEBHOOK_BYTES, { timeoutMs: BODY_TIMEOUT_MS });
      if (!read.ok && read.reason === "too slow") return answer({ error: "the body did not arrive in time" }, 408);
      const answered = await answerStripeWebhook(read.ok ? read.body : null, signature);
      return answer(answered.body, answered.status);
    },
    () => answer({ error: "too many deliveries at once; retry later" }, 503, { "Retry-After": "10" }),
  );
}
