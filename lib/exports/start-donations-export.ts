// The donations CSV asked for from the donations page: started in its own process
// (stream-export.ts) and recorded in the audit log before the first byte, since an export cut
// short was still an export. Null when enough exports are already running (exportsBusy).
import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { DonationFilters } from "../dashboard/list-donations";
import { startExport } from "./stream-export";

export async function startDonationsExport(staffUserId: string, filters: DonationFilters, now = new Date()): Promise<{ csv: ReadableStream<Uint8Array>; filename: string } | null> {
  const csv = startExport({ kind: "donations", filters });
  if (!csv) return null;
  await recordAudit({ actorUserId: staffUserId, action: "export.donations", targetType: "export", metadata: filters }).catch(async (error: unknown) => {
    await csv.cancel();
    throw error;
  });
  return { csv, filename: `donations-${now.toISOString().slice(0, 10)}.csv` };
}
