// Stripe's webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" keyed with the whsec_ secret>`.
import { createHmac } from "node:crypto";

export function signPayload(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
