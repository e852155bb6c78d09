// POST /api/stripe/webhook: Stripe event intake (what `stripe listen --forward-to` expects).
import { receiveStripeWebhook } from "@/lib/stripe/receive-stripe-webhook";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return receiveStripeWebhook(request);
}
