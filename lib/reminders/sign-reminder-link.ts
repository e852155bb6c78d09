// Tokens in reminder links. The confirmation token is random and single-use (only its SHA-256
// is stored). Cancel and click tokens must be re-creatable when the reminder is sent months
// later, so they are `<reminderId>.<HMAC>` under a key derived from NEXTAUTH_SECRET (rotating
// that secret invalidates links already sent); the cancel token's SHA-256 is also stored so
// it can be looked up by hash.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/env";

export type ReminderLinkKind = "cancel" | "click";

function linkKey(): Buffer {
  return createHmac("sha256", getConfig().NEXTAUTH_SECRET).update("reminder-links/v1").digest();
}

function signature(kind: ReminderLinkKind, reminderId: string): string {
  return createHmac("sha256", linkKey()).update(`${kind}:${reminderId}`).digest("base64url");
}

export function signReminderLink(kind: ReminderLinkKind, reminderId: string): string {
  return `${reminderId}.${signature(kind, reminderId)}`;
}

/** The reminder id a link token was signed for, or undefined for a forged or malformed token. */
export function verifyReminderLink(kind: ReminderLinkKind, token: string): string | undefined {
  const [reminderId, given, extra] = token.split(".");
  if (!reminderId || !given || extra !== undefined) return undefined;
  const expected = Buffer.from(signature(kind, reminderId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? reminderId : undefined;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newConfirmToken(): string {
  return randomBytes(32).toString("base64url");
}
