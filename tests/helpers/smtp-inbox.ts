// A real SMTP server in the test process (npm smtp-server): the app sends to it through
// SMTP_URL and tests read what arrived, parsed by mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpInbox = {
  url: string;
  messages: ParsedMail[];
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  clear: () => void;
  close: () => Promise<void>;
};

export async function startSmtpInbox(options: { reject?: (to: string) => number | undefined } = {}): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = options.reject?.(address.address);
      if (code) return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: code }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  // A client that dies mid-message (a killed worker) resets its connection: expected, not fatal.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitForMessages(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return messages;
    },
    clear: () => void messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text that starts with prefix. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting ${prefix} in "${mail.subject}"`);
  return link;
}

/** A header's value as sent (mailparser folds List-* headers into a structure). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

/** The URL inside a `List-Unsubscribe: <...>` header. */
export function unsubscribeUrlIn(mail: ParsedMail): string {
  const match = /^<(.+)>$/.exec(rawHeader(mail, "list-unsubscribe") ?? "");
  if (!match) throw new Error(`no List-Unsubscribe URL in "${mail.subject}"`);
  return match[1]!;
}
