// The newsletter's links. The unsubscribe token is `<consentId>.<HMAC>` (lib/security/link-tokens.ts),
// signed per address (one consent row per address), so the mailing tool can put it in every
// issue's List-Unsubscribe header for as long as the consent lasts. The CSV export and the
// webhook hand each address's URL to the mailing tool.
import { getConfig } from "@/lib/config/env";
import { linkSigner } from "@/lib/security/link-tokens";

const unsubscribeSigner = linkSigner("newsletter-links/v1", "unsubscribe");

export function signUnsubscribeToken(consentId: string): string {
  return unsubscribeSigner.sign(consentId);
}

/** The consent id an unsubscribe token was signed for, or undefined for a forged one. */
export function verifyUnsubscribeToken(token: string): string | undefined {
  return unsubscribeSigner.verify(token);
}

/** The URL for `List-Unsubscribe: <...>` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058). */
export function newsletterUnsubscribeUrl(consentId: string): string {
  return `${getConfig().APP_URL}/api/newsletter/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(consentId))}`;
}

export function newsletterConfirmUrl(confirmToken: string): string {
  return `${getConfig().APP_URL}/newsletter/confirm?token=${encodeURIComponent(confirmToken)}`;
}
