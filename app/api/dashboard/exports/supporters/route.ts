// GET /api/dashboard/exports/supporters: supporters as CSV, streamed from an export process (staff; identities for admins only).
// A search is named by its handle (?search=, from the supporters page), never by its term.
import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/audit/record-audit";
import { hasRole, requireStaffApi } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getPrisma } from "@/lib/db/prisma";
import { openSupporterSearch } from "@/lib/supporters/open-supporter-search";
import { supporterFilters } from "@/lib/supporters/search-supporters";
import { exportsBusy, startExport } from "@/lib/exports/stream-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { staff, response } = await requireStaffApi();
  if (!staff) return response;
  const params = new URL(request.url).searchParams;
  const handle = params.get("search");
  const saved = handle ? await openSupporterSearch(getPrisma(), staff.id, handle) : null;
  if (handle && !saved) {
    return NextResponse.json({ error: { code: "search_ended", message: "This search has ended or was made by someone else. Search again, then export." } }, { status: 404 });
  }
  const filter = saved?.filter ?? supporterFilters.find((f) => f === params.get("filter")) ?? "all";
  const query = saved?.query;
  const withIdentities = hasRole(staff, StaffRole.ADMIN);
  const csv = startExport({ kind: "supporters", options: { query, filter, withIdentities } });
  if (!csv) return exportsBusy();
  // Recorded before the first byte: an export that is cut short was still an export.
  await recordAudit({ actorUserId: staff.id, action: "export.supporters", targetType: "export", metadata: { filter, searched: Boolean(query), withIdentities } }).catch(async (error: unknown) => {
    await csv.cancel();
    throw error;
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="supporters-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
