// A keyed blind index: exact-match lookup by email without storing the address. The HMAC key
// is separate from the encryption keys, so a leaked dump cannot be brute-forced offline.
import { createHmac } from "node:crypto";
import { getPiiKeys } from "./pii-keys";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailIndex(email: string): string {
  return createHmac("sha256", getPiiKeys().indexKey).update(normaliseEmail(email)).digest("base64url");
}
