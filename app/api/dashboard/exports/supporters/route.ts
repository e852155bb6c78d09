// GET /api/dashboard/exports/supporters: supporters as CSV, streamed from an export process (staff; identities for admins only).
// A search is named by its handle (?search=, from the supporters page), never by its term.
import { NextResponse } from "next/server";
import { hasRole, requireStaffApi } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { csvAttachment } from "@/lib/exports/csv-attachment";
import { startSupportersExport } from "@/lib/exports/start-supporters-export";
import { exportsBusy } from "@/lib/exports/stream-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { staff, response } = await requireStaffApi();
  if (!staff) return response;
  const params = new URL(request.url).searchParams;
  const exported = await startSupportersExport(staff.id, { search: params.get("search"), filter: params.get("filter"), withIdentities: hasRole(staff, StaffRole.ADMIN) });
  if (exported.started) return csvAttachment(exported.csv, exported.filename);
  if (exported.reason === "busy") return exportsBusy();
  return NextResponse.json({ error: { code: "search_ended", message: "This search has ended or was made by someone else. Search again, then export." } }, { status: 404 });
}
