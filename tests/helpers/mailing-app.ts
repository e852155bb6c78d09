// The app as the email-sending integration tests run it: a fresh database, a real SMTP inbox,
// random PII keys, the settings given, and a real request-job worker; stop() undoes it all.
import { randomBytes } from "node:crypto";
import { closeAppDatabase } from "./app-database";
import { startRequestWorker } from "./request-jobs";
import { startSmtpInbox, type SmtpInbox } from "./smtp-inbox";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type MailingApp = { db: TestDatabase; inbox: SmtpInbox; stop: () => Promise<void> };

export async function startMailingApp(settings: Record<string, string>): Promise<MailingApp> {
  const db = await createTestDatabase();
  const inbox = await startSmtpInbox();
  Object.assign(process.env, { DATABASE_URL: db.url, SMTP_URL: inbox.url, ...settings });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  const worker = await startRequestWorker(db.url);
  return {
    db,
    inbox,
    async stop() {
      await worker.stop();
      await (await import("@/lib/security/spend-rate-limit")).closeRateLimiters();
      await closeAppDatabase();
      await inbox.close();
      await db.drop();
    },
  };
}
