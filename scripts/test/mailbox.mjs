// An in-process SMTP server for tests: every message is written as a .eml file in a temporary
// directory that test files read (tests/helpers/mailbox.ts), removed when the server stops.
// No TLS, no auth.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export async function startMailbox() {
  const dir = mkdtempSync(path.join(tmpdir(), "e2e-mailbox-"));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        writeFileSync(path.join(dir, `${Date.now()}-${count++}.eml`), `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString("utf8")}`);
        callback();
      });
    },
  });
  // A client that dies mid-message (a killed worker) resets its connection: expected, not fatal.
  server.on("error", () => undefined);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address();
  const stop = async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, url: `smtp://127.0.0.1:${port}`, stop };
}
