// A real SMTP server in the test process (npm smtp-server): the app sends to it through
// SMTP_URL and tests read what arrived, parsed by mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { waitFor } from "./wait-for";

export type SmtpInbox = {
  url: string;
  messages: ParsedMail[];
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  /** Resolves once no message is still arriving: every one the server has started to receive is in `messages` or was abandoned by its sender. */
  settled: (timeoutMs?: number) => Promise<ParsedMail[]>;
  clear: () => void;
  close: () => Promise<void>;
};

export async function startSmtpInbox(options: { reject?: (to: string) => number | undefined } = {}): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  // Messages whose DATA has begun and that are neither in `messages` nor abandoned yet. A message is
  // pushed before the server acknowledges it, so a send that resolved is already in `messages`.
  let arriving = 0;
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
      arriving += 1;
      let counted = true;
      const done = () => {
        if (counted) arriving -= 1;
        counted = false;
      };
      // A sender killed mid-message: the server destroys the stream, which never ends.
      stream.once("close", () => {
        if (!stream.readableEnded) done();
      });
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          done();
          callback();
        })
        .catch((error: Error) => {
          done();
          callback(error);
        });
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
      await waitFor(`${count} messages (${messages.length} so far)`, () => messages.length >= count, { timeoutMs }).catch(() => undefined);
      return messages;
    },
    async settled(timeoutMs = 10_000) {
      await waitFor("the inbox to receive the messages in flight", () => arriving === 0, { timeoutMs });
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
