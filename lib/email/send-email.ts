// Every email the service sends goes through here: SMTP (nodemailer) when SMTP_URL is set;
// otherwise (the embedded default) it is printed to the console and written as an .eml file
// under .data/emails/ so a newcomer can read it and follow its links.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getConfig } from "../config/env";
import { logger } from "../log/logger";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Why the email is sent, for logs (never the address). */
  kind: string;
  /** A display name to send under instead of EMAIL_FROM's own (the discreet, translated sender); the address stays EMAIL_FROM's. */
  senderName?: string;
};

/** EMAIL_FROM's address, without its display name: "Name <a@b>" or "a@b". */
function senderAddress(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

let transport: Transporter | undefined;
let transportUrl: string | undefined;

function smtpTransport(url: string): Transporter {
  if (!transport || transportUrl !== url) {
    // A URL with pool options: the types know pooling only for an options object, not beside a URL.
    const poolOptions: object = { pool: true, maxConnections: 10 };
    transport = nodemailer.createTransport(url, poolOptions);
    transportUrl = url;
  }
  return transport;
}

export async function sendEmail(email: OutgoingEmail): Promise<{ messageId: string }> {
  const { SMTP_URL, EMAIL_FROM } = getConfig();
  const from = email.senderName ? { name: email.senderName, address: senderAddress(EMAIL_FROM) } : EMAIL_FROM;
  const message = { from, to: email.to, subject: email.subject, text: email.text, html: email.html, headers: email.headers };
  if (SMTP_URL) {
    const info = await smtpTransport(SMTP_URL).sendMail(message);
    logger.info("email sent", { kind: email.kind, messageId: info.messageId });
    return { messageId: info.messageId };
  }
  const streamed = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(message);
  const dir = path.join(process.cwd(), ".data", "emails");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.kind}.eml`);
  writeFileSync(file, streamed.message as Buffer);
  // Development only: the console is the newcomer's inbox, so the full text is shown.
  console.log(`\n──── email (${email.kind}) to ${email.to}: ${email.subject}\n${email.text}\n──── saved to ${path.relative(process.cwd(), file)}\n`);
  return { messageId: streamed.messageId };
}
