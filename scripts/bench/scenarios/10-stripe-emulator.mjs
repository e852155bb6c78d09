// Checkout Session creation against the Stripe emulator (a child process, as in e2e and dev),
// with the real SDK's encoding, so the emulator is never the bottleneck of a benchmark.
// The floor is 3x the app's own checkout route (POST /api/checkout, measured here right after,
// against the bench's emulator); the ratio to the trivial POST route of the same run is kept too.
import { freePort } from "../../dev/embedded-postgres.mjs";
import { startStripeEmulator } from "../../test/stripe-emulator.mjs";

export const name = "stripe emulator: create checkout session";

const body = new URLSearchParams({
  mode: "payment",
  submit_type: "donate",
  "line_items[0][quantity]": "1",
  "line_items[0][price_data][currency]": "eur",
  "line_items[0][price_data][unit_amount]": "1000",
  "line_items[0][price_data][product_data][name]": "One-time donation",
  success_url: "http://127.0.0.1:3000/thanks?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "http://127.0.0.1:3000/",
  "metadata[frequency]": "once",
}).toString();

const checkoutBody = JSON.stringify({ frequency: "once", amount: "10", currency: "eur", source: "bench" });

export async function run({ app, load, duration, baselines }) {
  const emulator = await startStripeEmulator({ port: await freePort(), env: { STRIPE_EMULATOR_WEBHOOK_URL: "none" } });
  try {
    const request = {
      url: `${emulator.url}/v1/checkout/sessions`,
      method: "POST",
      headers: { authorization: "Bearer sk_test_bench", "content-type": "application/x-www-form-urlencoded", "stripe-version": "2026-11-18.endive" },
      body,
    };
    await load({ ...request, duration: 2, connections: 10 });
    const result = await load({ ...request, duration });
    const checkoutRequest = { url: `${app.baseUrl}/api/checkout`, method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: checkoutBody };
    await load({ ...checkoutRequest, duration: 2, connections: 10 });
    const checkout = await load({ ...checkoutRequest, duration });
    const ratio = result.requestsPerSecond / baselines.trivialPost.requestsPerSecond;
    const toCheckout = checkout.requestsPerSecond > 0 ? result.requestsPerSecond / checkout.requestsPerSecond : 0;
    return {
      rows: [
        [
          name,
          `${result.requestsPerSecond} req/s`,
          `p99 ${result.p99Ms} ms, ${result.non2xx} non-2xx`,
          `${toCheckout.toFixed(2)} x the app's checkout ${checkout.requestsPerSecond} req/s (floor 3); ${ratio.toFixed(2)} x trivial POST`,
        ],
      ],
      json: { ...result, appCheckout: checkout, ratioToAppCheckout: Number(toCheckout.toFixed(2)), floorToAppCheckout: 3, ratioToTrivialPost: Number(ratio.toFixed(2)) },
    };
  } finally {
    await emulator.stop();
  }
}
