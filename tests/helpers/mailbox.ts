// Reads the messages the e2e SMTP server (scripts/test/mailbox.mjs) captured.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function mailboxDir(): string {
  const dir = process.env.E2E_MAILBOX_DIR;
  if (!dir) throw new Error("E2E_MAILBOX_DIR is not set: run end-to-end tests through jest's e2e project");
  return dir;
}

/** Undoes quoted-printable soft breaks and escapes, enough to read links in a plain message. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function messagesTo(address: string): string[] {
  return readdirSync(mailboxDir())
    .sort()
    .map((file) => readFileSync(path.join(mailboxDir(), file), "utf8"))
    .filter((raw) => raw.startsWith(`X-Envelope-To: ${address}`))
    .map(decodeQuotedPrintable);
}

export async function waitForLink(address: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const message of messagesTo(address).reverse()) {
      const match = pattern.exec(message);
      if (match) return match[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${address} with a link matching ${pattern} within ${timeoutMs} ms`);
}
