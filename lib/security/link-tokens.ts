// Tokens in emailed links, shared by reminders and the newsletter. A confirmation token is random
// and single-use (only its SHA-256 is stored). A link that must be re-creatable later (a cancel or
// unsubscribe link written into every email, or handed to a mailing tool) is `<id>.<HMAC>` under
// a key derived from NEXTAUTH_SECRET and a label per kind of link (rotating the secret invalidates
// links already sent).
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/env";

export type LinkSigner = {
  /** `<id>.<signature>` for this id. */
  sign: (id: string) => string;
  /** The id a token was signed for, or undefined for a forged or malformed token. */
  verify: (token: string) => string | undefined;
};

/** keyLabel names the key (e.g. "reminder-links/v1"); scope separates link kinds under one key. */
export function linkSigner(keyLabel: string, scope: string): LinkSigner {
  const signature = (id: string) => {
    const key = createHmac("sha256", getConfig().NEXTAUTH_SECRET).update(keyLabel).digest();
    return createHmac("sha256", key).update(`${scope}:${id}`).digest("base64url");
  };
  return {
    sign: (id) => `${id}.${signature(id)}`,
    verify(token) {
      const [id, given, extra] = token.split(".");
      if (!id || !given || extra !== undefined) return undefined;
      const expected = Buffer.from(signature(id));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : undefined;
    },
  };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newConfirmToken(): string {
  return randomBytes(32).toString("base64url");
}
