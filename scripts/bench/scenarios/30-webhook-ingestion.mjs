// Signed webhook ingestion: sustained events/s at 50 concurrent deliveries as a ratio to the
// trivial POST route of the same server (floor 0.5), p99 latency as a ratio to that route's p99 at
// the same 50 connections (ceiling 1.5), then a
// check that no accepted event was lost or applied twice, and that a second delivery of each is
// a no-op. Events are customer.updated for customers the ledger does not know: the full intake
// path (signature, durable insert, claim, handler, status) without a Stripe call, since the
// bench server talks to no Stripe.
import pg from "pg";
import Stripe from "stripe";

export const name = "webhook ingestion";

const signer = new Stripe("sk_test_bench_signer", { telemetry: false });

function eventFor(id) {
  return {
    id,
    object: "event",
    api_version: "2026-11-18.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: "customer.updated",
    data: { object: { id: `cus_bench_${id.slice(10)}`, object: "customer", livemode: false } },
  };
}

function signed(event, secret) {
  const body = JSON.stringify(event);
  return { body, headers: { "content-type": "application/json", "stripe-signature": signer.webhooks.generateTestHeaderString({ payload: body, secret }) } };
}

export async function run(ctx) {
  const secret = ctx.env.STRIPE_WEBHOOK_SECRET.split(",")[0];
  const url = `${ctx.app.baseUrl}/api/stripe/webhook`;
  const run = Date.now().toString(36);
  let next = 0;
  const accepted = new Set();
  const statuses = {};
  const requests = [
    {
      method: "POST",
      setupRequest(request, context) {
        const id = `evt_bench_${run}_${next++}`;
        context.eventId = id;
        return { ...request, ...signed(eventFor(id), secret) };
      },
      onResponse(status, _body, context) {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200) accepted.add(context.eventId);
      },
    },
  ];
  await ctx.load({ url, method: "POST", requests, connections: 10, duration: 2 }); // warm-up
  accepted.clear();
  for (const key of Object.keys(statuses)) delete statuses[key];
  const { result, baseline: trivialPost } = await ctx.aroundBaseline("trivialPost", () => ctx.load({ url, method: "POST", requests, connections: 50, duration: ctx.duration }));

  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  let lost = 0;
  let appliedTwice = 0;
  let duplicatesRefused = 0;
  try {
    const ids = [...accepted];
    const rows = await db.query(`SELECT id, status, attempts FROM "StripeEvent" WHERE id = ANY($1)`, [ids]);
    const byId = new Map(rows.rows.map((row) => [row.id, row]));
    lost = ids.filter((id) => !["PROCESSED", "SKIPPED"].includes(byId.get(id)?.status)).length;
    appliedTwice = (await db.query(`SELECT count(*)::int AS n FROM "StripeEvent" WHERE id LIKE $1 AND attempts > 1`, [`evt_bench_${run}_%`])).rows[0].n;
    // Stripe sends again: a second delivery of accepted events must answer 200 and apply nothing.
    for (const id of ids.slice(0, 200)) {
      const { body, headers } = signed(eventFor(id), secret);
      const response = await fetch(url, { method: "POST", body, headers });
      if (response.status !== 200) duplicatesRefused += 1;
    }
    appliedTwice += (await db.query(`SELECT count(*)::int AS n FROM "StripeEvent" WHERE id = ANY($1) AND attempts > 1`, [ids.slice(0, 200)])).rows[0].n;
  } finally {
    await db.end();
  }

  const ratio = result.requestsPerSecond / trivialPost.requestsPerSecond;
  // The trivial route's p99 at the same 50 connections, the worse of its two runs around the intake.
  const trivialP99 = Math.max(trivialPost.before.p99Ms, trivialPost.after.p99Ms);
  const p99Ratio = result.p99Ms / trivialP99;
  const json = { ...result, trivialPost, ratioToTrivialPost: ratio, floorRatio: 0.5, p99RatioToTrivialPost: p99Ratio, ceilingP99Ratio: 1.5, accepted: accepted.size, statuses, lost, appliedTwice, duplicatesRefused };
  const verdict = (ok) => (ok ? "ok" : "BELOW FLOOR");
  return {
    rows: [
      [
        "webhook ingestion (signed, 50 concurrent)",
        `${result.requestsPerSecond} events/s`,
        `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms = ${p99Ratio.toFixed(2)}x the trivial POST's ${trivialP99} ms (${verdict(p99Ratio <= 1.5)}, ceiling 1.5x)`,
        `${ratio.toFixed(2)} of trivial POST ${trivialPost.requestsPerSecond} req/s (${verdict(ratio >= 0.5)}, floor 0.5)`,
      ],
      [
        "webhook ingestion: exactly once",
        `${accepted.size} accepted`,
        `lost ${lost}, applied twice ${appliedTwice}, redelivery non-2xx ${duplicatesRefused}`,
        lost === 0 && appliedTwice === 0 && duplicatesRefused === 0 ? "ok" : "FAILED",
      ],
    ],
    json,
  };
}
