// GET /api/dashboard/exports/donations: donations as CSV, streamed from an export process (staff).
import { recordAudit } from "@/lib/audit/record-audit";
import { requireStaffApi } from "@/lib/auth/require-staff";
import { exportsBusy, startExport } from "@/lib/exports/stream-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { staff, response } = await requireStaffApi();
  if (!staff) return response;
  const params = new URL(request.url).searchParams;
  const filters = { currency: params.get("currency") ?? undefined, frequency: params.get("frequency") ?? undefined, status: params.get("status") ?? undefined };
  const csv = startExport({ kind: "donations", filters });
  if (!csv) return exportsBusy();
  // Recorded before the first byte: an export that is cut short was still an export.
  await recordAudit({ actorUserId: staff.id, action: "export.donations", targetType: "export", metadata: filters }).catch(async (error: unknown) => {
    await csv.cancel();
    throw error;
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="donations-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
