// The supporters CSV asked for from the supporters page: for a saved search (its handle, never
// its term) or a filter, with identities only when the caller allows them (admins). Started in
// its own process (stream-export.ts) and recorded in the audit log before the first byte.
// "search-ended" when the handle has ended or is someone else's; "busy" when enough exports run.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getPrisma } from "../db/prisma";
import { openSupporterSearch } from "../supporters/open-supporter-search";
import { supporterFilters } from "../supporters/search-supporters";
import { startExport } from "./stream-export";

export type SupportersExportRequest = { search: string | null; filter: string | null; withIdentities: boolean };

export type SupportersExport = { started: true; csv: ReadableStream<Uint8Array>; filename: string } | { started: false; reason: "search-ended" | "busy" };

export async function startSupportersExport(staffUserId: string, request: SupportersExportRequest, now = new Date()): Promise<SupportersExport> {
  const saved = request.search ? await openSupporterSearch(getPrisma(), staffUserId, request.search) : null;
  if (request.search && !saved) return { started: false, reason: "search-ended" };
  const filter = saved?.filter ?? supporterFilters.find((f) => f === request.filter) ?? "all";
  const query = saved?.query;
  const { withIdentities } = request;
  const csv = startExport({ kind: "supporters", options: { query, filter, withIdentities } });
  if (!csv) return { started: false, reason: "busy" };
  await recordAudit({ actorUserId: staffUserId, action: "export.supporters", targetType: "export", metadata: { filter, searched: Boolean(query), withIdentities } }).catch(async (error: unknown) => {
    await csv.cancel();
    throw error;
  });
  return { started: true, csv, filename: `supporters-${now.toISOString().slice(0, 10)}.csv` };
}
