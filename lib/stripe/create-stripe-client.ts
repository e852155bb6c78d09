// A Stripe client for real Stripe, or for a Stripe-compatible server such as the local emulator
// when apiBase is set (STRIPE_API_BASE). Same SDK, same code path; only the host changes.
import Stripe from "stripe";

export function createStripeClient(secretKey: string, apiBase?: string): Stripe {
  if (!apiBase) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const url = new URL(apiBase);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === "https" ? 443 : 80,
    protocol,
    telemetry: false,
    maxNetworkRetries: 2,
  });
}
