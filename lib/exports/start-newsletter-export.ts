// The newsletter's consented list as CSV (admins: it is every subscriber's address), started in
// its own process (stream-export.ts) and recorded in the audit log before the first byte.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { startExport } from "./stream-export";

export type NewsletterExport = { started: true; csv: ReadableStream<Uint8Array>; filename: string } | { started: false; reason: "busy" };

export async function startNewsletterExport(staffUserId: string, now = new Date()): Promise<NewsletterExport> {
  const csv = startExport({ kind: "newsletter" });
  if (!csv) return { started: false, reason: "busy" };
  await recordAudit({ actorUserId: staffUserId, action: "export.newsletter", targetType: "export" }).catch(async (error: unknown) => {
    await csv.cancel();
    throw error;
  });
  return { started: true, csv, filename: `newsletter-${now.toISOString().slice(0, 10)}.csv` };
}
