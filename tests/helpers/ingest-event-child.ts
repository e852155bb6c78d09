// A webhook delivery in a process of its own, for tests that kill it half-way: reads one Stripe
// event as JSON on stdin and records and applies it as the webhook route does. Settings come
// from the environment. Run: node --conditions=react-server --import tsx tests/helpers/ingest-event-child.ts
import { text } from "node:stream/consumers";
import type Stripe from "stripe";
import { ingestStripeEvent } from "@/lib/stripe/ingest-stripe-event";

async function main() {
  const event: Stripe.Event = JSON.parse(await text(process.stdin));
  const { result } = await ingestStripeEvent(event);
  process.stdout.write(`${result}\n`);
  process.exit(0);
}

void main();
