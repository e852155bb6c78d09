// Tokens in reminder links (lib/security/link-tokens.ts). Cancel and click tokens must be
// re-creatable when the reminder is sent months later, so they are signed; the cancel token's
// SHA-256 is also stored so it can be looked up by hash.
import { hashToken, linkSigner, newConfirmToken } from "@/lib/security/link-tokens";

export type ReminderLinkKind = "cancel" | "click";

export { hashToken, newConfirmToken };

const signers = { cancel: linkSigner("reminder-links/v1", "cancel"), click: linkSigner("reminder-links/v1", "click") };

export function signReminderLink(kind: ReminderLinkKind, reminderId: string): string {
  return signers[kind].sign(reminderId);
}

/** The reminder id a link token was signed for, or undefined for a forged or malformed token. */
export function verifyReminderLink(kind: ReminderLinkKind, token: string): string | undefined {
  return signers[kind].verify(token);
}
