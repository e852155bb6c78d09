// The signature on each webhook to the mailing tool: `X-Signature: t=<unix seconds>,v1=<hex>`,
// where v1 is HMAC-SHA256 under NEWSLETTER_WEBHOOK_SECRET of `<t>.<raw body>`. The receiver
// recomputes it over the raw body, compares in constant time and refuses a t more than five
// minutes from its clock (a replayed delivery). Each retry is signed afresh; the body, and its
// event id to deduplicate on, stay the same.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Signature";
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signNewsletterWebhook(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

/** What a receiver does: true only for a signature of this body under this secret, made within the tolerance. */
export function verifyNewsletterWebhook(secret: string, header: string | null | undefined, body: string, now: Date): boolean {
  const parts = new Map((header ?? "").split(",").map((part) => part.trim().split("=", 2) as [string, string | undefined]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(digest(secret, timestamp, body));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
