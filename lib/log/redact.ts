// Removes identities and secrets from anything about to be logged.
const SENSITIVE_KEY = /(e-?mail|name|phone|address|card|cvc|cvv|exp_|number|secret|password|token|authorization|cookie|signature|body|payload|ip)$/i;
const SAFE_KEY = /^(id|.*_id|.*Id|type|event|status|outcome|code|count|ms|latencyMs|currency|amount|frequency|livemode|attempts|msg|level|time)$/;
// Bounded repeats (an address's parts have maximum lengths), so a long run of letters costs linear
// time: with unbounded ones, each start position rescanned the rest of the run (a 1 MB string of
// letters took minutes, and a signed webhook body can be 1 MB).
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const STRIPE_SECRET = /\b(sk|rk)_(live|test)_[A-Za-z0-9]+|\bwhsec_[A-Za-z0-9_]+/g;

function redactString(value: string): string {
  return value.replace(EMAIL, "[email]").replace(CARD, "[card]").replace(STRIPE_SECRET, "[secret]");
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return "[truncated]";
  if (value instanceof Error) return { error: redactString(value.message), errorName: value.name };
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = !SAFE_KEY.test(key) && SENSITIVE_KEY.test(key) ? "[redacted]" : redact(item, depth + 1);
  }
  return out;
}
