// GET /api/dashboard/supporters/:id/export: everything held on one supporter, as a JSON download
// (a subject-access request). Admins only; the export is recorded in the audit log.
import { requireStaffApi } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { exportSupporterFile } from "@/lib/privacy/export-supporter-file";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, response } = await requireStaffApi(StaffRole.ADMIN);
  if (!staff) return response;
  const { id } = await params;
  const file = await exportSupporterFile(staff.id, id);
  if (!file) return Response.json({ error: { code: "not_found", message: "No supporter with this id." } }, { status: 404 });
  return new Response(file.json, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
