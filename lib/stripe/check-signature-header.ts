// What can be known of a webhook delivery before its body is read. Stripe always sends
// `Stripe-Signature: t=<unix seconds>,v1=<64 hex digits>` (more v1 pairs while a secret rolls,
// sometimes a v0), signed moments ago. A request without that shape, or stamped outside the
// tolerance, cannot be a delivery we would accept, so it is refused before its body (up to
// 1 MB) is read and hashed against every configured secret.
export type SignatureHeaderCheck = { ok: true } | { ok: false; error: string };

// Room for a handful of v1 signatures during a rotation; far beyond it is not Stripe.
const MAX_HEADER_LENGTH = 2048;

export function checkSignatureHeader(header: string | null, nowSeconds: number, toleranceSeconds: number): SignatureHeaderCheck {
  if (!header) return { ok: false, error: "missing Stripe-Signature header" };
  if (header.length > MAX_HEADER_LENGTH) return { ok: false, error: "malformed Stripe-Signature header" };
  let timestamp: number | undefined;
  let signatures = 0;
  for (const part of header.split(",")) {
    const at = part.indexOf("=");
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === "t" && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === "v1" && /^[0-9a-f]{64}$/.test(value)) signatures += 1;
  }
  if (timestamp === undefined || signatures === 0) return { ok: false, error: "malformed Stripe-Signature header" };
  // Stripe's SDK refuses only stamps that are too old; one from the future is as suspect (clocks
  // may differ by seconds, not minutes).
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, error: "Stripe-Signature timestamp outside the tolerance" };
  return { ok: true };
}
