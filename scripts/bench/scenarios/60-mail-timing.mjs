// Whether a stranger can tell who supports us by timing the answers: POST /api/manage/link for a
// supporter's address against an unknown one, and POST /api/reminders/sign-up for an address that
// already has a reminder (nothing will be sent) against a new one (a confirmation will be). Both
// kinds must do the same work before answering, so known/unknown should be 1 (target 0.9-1.1).
// Requests go one at a time (latency, not throughput), each pair in a random order, each request
// from its own client address and each address used once, so the rate limits stay out of the
// way. No worker runs here: what is measured is the request itself.
import { createCipheriv, createHmac, randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";

export const name = "mail timing";
const PAIRS = Number(process.env.BENCH_MAIL_PAIRS || 300);
const WARM_UP_PAIRS = 30;

// The app's blind index and PII ciphertext (lib/privacy/email-index.ts, encrypt-pii.ts), so the
// seeded supporters are ones the app itself would recognise and could read.
function emailIndex(env, email) {
  return createHmac("sha256", Buffer.from(env.PII_INDEX_KEY, "base64")).update(email).digest("base64url");
}
function encryptPii(env, text) {
  const [keyId, key] = env.PII_ENCRYPTION_KEYS.split(",")[0].split(":");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(key, "base64"), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return ["v1", keyId, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

let clientCounter = 0;
const nextClientAddress = () => {
  clientCounter++;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
};

async function timedPost(url, body) {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": nextClientAddress() },
    body: JSON.stringify(body),
  });
  await response.text();
  const ms = performance.now() - started;
  if (response.status >= 300) throw new Error(`${url} answered ${response.status}`);
  return ms;
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Times pairs of (known, unknown) requests, one at a time, each pair in a random order. */
async function timePairs(count, send) {
  const known = [];
  const unknown = [];
  for (let i = 0; i < count; i++) {
    const order = Math.random() < 0.5 ? ["known", "unknown"] : ["unknown", "known"];
    for (const kind of order) (kind === "known" ? known : unknown).push(await send(kind, i));
  }
  return { known, unknown };
}

function summarise(label, { known, unknown }) {
  const figures = {
    pairs: known.length,
    knownP50Ms: Number(percentile(known, 0.5).toFixed(2)),
    unknownP50Ms: Number(percentile(unknown, 0.5).toFixed(2)),
    knownP90Ms: Number(percentile(known, 0.9).toFixed(2)),
    unknownP90Ms: Number(percentile(unknown, 0.9).toFixed(2)),
  };
  figures.ratio = Number((figures.knownP50Ms / figures.unknownP50Ms).toFixed(2));
  return {
    row: [
      label,
      `p50 ${figures.knownP50Ms} / ${figures.unknownP50Ms} ms`,
      `p90 ${figures.knownP90Ms} / ${figures.unknownP90Ms} ms (known / unknown, ${known.length} pairs)`,
      `${figures.ratio.toFixed(2)} (target 0.9-1.1)`,
    ],
    json: figures,
  };
}

export async function run(ctx) {
  const run = Date.now().toString(36);
  const manageUrl = `${ctx.app.baseUrl}/api/manage/link`;
  const signUpUrl = `${ctx.app.baseUrl}/api/reminders/sign-up`;
  const address = (kind, i, what) => `${what}-${kind}-${run}-${i}@bench.example`;
  const signUp = (email) => ({ email, when: "in-3-months", frequency: "monthly", amount: "10", currency: "EUR" });

  // The month "in 3 months" is, as the app answers it to any sign-up.
  const probe = await fetch(signUpUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": nextClientAddress() },
    body: JSON.stringify(signUp(`probe-${run}@bench.example`)),
  });
  const { remindMonth } = await probe.json();

  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    for (let i = -WARM_UP_PAIRS; i < PAIRS; i++) {
      const supporter = address("known", i, "manage");
      const id = randomUUID();
      await db.query(`INSERT INTO "Supporter" (id, "emailIndex", "emailEncrypted", "updatedAt") VALUES ($1, $2, $3, now())`, [id, emailIndex(ctx.env, supporter), encryptPii(ctx.env, supporter)]);
      await db.query(`INSERT INTO "StripeCustomer" (id, "supporterId") VALUES ($1, $2)`, [`cus_bench_${run}_${i + WARM_UP_PAIRS}`, id]);
      const reader = address("known", i, "remind");
      await db.query(
        `INSERT INTO "Reminder" (id, "emailIndex", "emailEncrypted", "remindMonth", "remindOn", status, "cancelTokenHash", "confirmedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5::date, 'SCHEDULED', $6, now(), now())`,
        [randomUUID(), emailIndex(ctx.env, reader), encryptPii(ctx.env, reader), remindMonth, `${remindMonth}-01`, randomBytes(32).toString("base64url")],
      );
    }
  } finally {
    await db.end();
  }

  const manageLink = (kind, i) => timedPost(manageUrl, { email: address(kind, i, "manage") });
  const reminderSignUp = (kind, i) => timedPost(signUpUrl, signUp(address(kind, i, "remind")));
  await timePairs(WARM_UP_PAIRS, (kind, i) => manageLink(kind, i - WARM_UP_PAIRS));
  await timePairs(WARM_UP_PAIRS, (kind, i) => reminderSignUp(kind, i - WARM_UP_PAIRS));
  const manage = summarise("mail timing: POST /api/manage/link, supporter vs unknown address", await timePairs(PAIRS, manageLink));
  const remind = summarise("mail timing: POST /api/reminders/sign-up, has a reminder vs new", await timePairs(PAIRS, reminderSignUp));
  return { rows: [manage.row, remind.row], json: { manageLink: manage.json, reminderSignUp: remind.json } };
}
