// Manage-link tokens: 32 random bytes in the email, only their SHA-256 in the database, so a
// database dump cannot be turned into working links and a guessed token matches nothing.
import { createHash, randomBytes } from "node:crypto";

export function newManageLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashManageLinkToken(token) };
}

export function hashManageLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Tokens are 43 base64url characters; anything else is refused before touching the database. */
export function isWellFormedManageLinkToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
