// next-auth's double-submit CSRF token for the staff sign-in form, so that the form is a plain
// POST that works before (or without) JavaScript: proxy.ts sets the cookie on GET /signin when it
// is missing and the page puts the token in a hidden field. The format is next-auth v4's own
// (core/lib/csrf-token.js, not exported): "<token>|sha256(<token><secret>)" in
// next-auth.csrf-token (__Host- prefixed over https). A test posts through next-auth to prove
// it still accepts ours.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function staffCsrfCookieName(appUrl: string): string {
  return `${appUrl.startsWith("https://") ? "__Host-" : ""}next-auth.csrf-token`;
}

function hashOf(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The token in a cookie value next-auth would accept, or undefined. */
export function readStaffCsrfToken(cookieValue: string | undefined, secret: string): string | undefined {
  const [token, hash] = (cookieValue ?? "").split("|");
  if (!token || !hash || !/^[0-9a-f]{64}$/.test(hash)) return undefined;
  return timingSafeEqual(Buffer.from(hash), Buffer.from(hashOf(token, secret))) ? token : undefined;
}

export function issueStaffCsrfToken(secret: string): { token: string; cookieValue: string } {
  const token = randomBytes(32).toString("hex");
  return { token, cookieValue: `${token}|${hashOf(token, secret)}` };
}
