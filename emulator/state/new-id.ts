// Ids with Stripe's prefixes and a random tail of Stripe's length and alphabet.
import { randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomTail(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomTail(length)}`;
}

/** Checkout session ids are longer and carry `test` like Stripe's (`cs_test_a1...`). */
export function newCheckoutSessionId(): string {
  return `cs_test_a1${randomTail(56)}`;
}
