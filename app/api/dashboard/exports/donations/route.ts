// GET /api/dashboard/exports/donations: donations as CSV, streamed from an export process (staff).
import { requireStaffApi } from "@/lib/auth/require-staff";
import { csvAttachment } from "@/lib/exports/csv-attachment";
import { startDonationsExport } from "@/lib/exports/start-donations-export";
import { exportsBusy } from "@/lib/exports/stream-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { staff, response } = await requireStaffApi();
  if (!staff) return response;
  const params = new URL(request.url).searchParams;
  const filters = { currency: params.get("currency") ?? undefined, frequency: params.get("frequency") ?? undefined, status: params.get("status") ?? undefined };
  const started = await startDonationsExport(staff.id, filters);
  return started ? csvAttachment(started.csv, started.filename) : exportsBusy();
}
