// A client (IP) address as a keyed HMAC, for rate limits and abuse checks: the raw address is
// never stored. Keyed with the blind-index key, under its own label.
import { createHmac } from "node:crypto";
import { getPiiKeys } from "./pii-keys";

export function hashClientAddress(address: string): string {
  return createHmac("sha256", getPiiKeys().indexKey).update(`client-address:${address.trim().toLowerCase()}`).digest("base64url");
}

/** The client's address as the proxy in front of the app reports it (first X-Forwarded-For hop). */
export function clientAddressFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
