// Builds webhook deliveries as Stripe sends them: the raw JSON body and a Stripe-Signature
// header made with the SDK's own test signer.
import Stripe from "stripe";

const signer = new Stripe("sk_test_signer", { telemetry: false });

export type DeliveryOptions = { secret: string; timestamp?: number; url?: string };

export function signedWebhookRequest(event: object, { secret, timestamp, url = "http://localhost/api/stripe/webhook" }: DeliveryOptions): Request {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return new Request(url, { method: "POST", body: payload, headers: { "Content-Type": "application/json", "Stripe-Signature": header } });
}
