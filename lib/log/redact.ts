// Removes identities and secrets from anything about to be logged.
const SENSITIVE_KEY = /(e-?mail|name|phone|address|card|cvc|cvv|exp_|number|secret|password|token|authorization|cookie|signature|body|payload|ip|comment)$/i;
const SAFE_KEY = /^(id|.*_id|.*Id|type|event|status|outcome|code|count|ms|latencyMs|currency|amount|frequency|livemode|attempts|msg|level|time)$/;
// Addresses in any script (иван@пример.рф, josé@correo.es: internationalised addresses are what
// many of our readers have). Letters are matched as "ASCII, or any character from U+00C0 up"
// rather than with \p{L}: a plain range keeps the cost of ASCII matching (Unicode property
// classes made a megabyte of Cyrillic cost 2 s of CPU instead of 0.3 s), and masking a little
// more than an address (a curly quote beside it) is the safe side of a redaction. Top-level
// domains are letters or their xn-- form; the full-width at sign and ideographic dots count.
// Bounded repeats (an address's parts have maximum lengths), so a long run of letters costs linear
// time: with unbounded ones, each start position rescanned the rest of the run (a 1 MB string of
// letters took minutes, and a signed webhook body can be 1 MB).
const LETTER = "A-Za-z0-9\\u00C0-\\uFFFF";
const DOT = "[.\\u3002\\uFF0E\\uFF61]";
const EMAIL = new RegExp(`[${LETTER}._%+'-]{1,64}[@\\uFF20][${LETTER}-]{1,63}(?:${DOT}[${LETTER}-]{1,63}){0,8}${DOT}(?:xn--[a-z0-9-]{1,59}|[A-Za-z\\u00C0-\\uFFFF]{2,24})`, "gi");
const AT_SIGN = /[@\uFF20]/;
// Not inside a UUID: "50721078-0935-4450-a8f6-…" has 16 digits in its first groups.
const CARD = /(?<![0-9a-f]-)\b(?:\d[ -]?){12,18}\d\b(?!-[0-9a-f])/gi;
const STRIPE_SECRET = /\b(sk|rk)_(live|test)_[A-Za-z0-9]+|\bwhsec_[A-Za-z0-9_]+/g;

function redactString(value: string): string {
  // Most strings hold no at sign: they skip the address scan altogether.
  const masked = AT_SIGN.test(value) ? value.replace(EMAIL, "[email]") : value;
  return masked.replace(CARD, "[card]").replace(STRIPE_SECRET, "[secret]");
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
