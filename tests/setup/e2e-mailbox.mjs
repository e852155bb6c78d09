// End-to-end tier: an in-process SMTP server (npm smtp-server) that the app server sends through
// (SMTP_URL); every message is saved as <n>.eml in a directory specs read (E2E_MAILBOX_DIR).
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export async function startMailbox() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "e2e-mailbox-"));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        writeFileSync(path.join(dir, `${String(++count).padStart(5, "0")}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { dir, url: `smtp://127.0.0.1:${server.server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
