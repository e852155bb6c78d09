// A Stripe client for a secret key, optionally pointed at a Stripe-compatible base URL
// (the local emulator). The app uses the singleton in ./stripe.ts; scripts and tests call this.
import Stripe from "stripe";

export function createStripeClient(secretKey: string, apiBase?: string): Stripe {
  if (!apiBase) return new Stripe(secretKey, { telemetry: false, maxNetworkRetries: 2 });
  const url = new URL(apiBase);
  const protocol = url.protocol === "https:" ? "https" : "http";
  const port = url.port ? Number(url.port) : protocol === "https" ? 443 : 80;
  return new Stripe(secretKey, { host: url.hostname, port, protocol, telemetry: false, maxNetworkRetries: 2 });
}
