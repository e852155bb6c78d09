// GET /api/dashboard/supporters/:id/export: everything held on one supporter, as a JSON download
// (a subject-access request). Admins only; exportSupporter records it in the audit log.
import { requireStaffApi } from "@/lib/auth/require-staff";
import { getPrisma } from "@/lib/db/prisma";
import { StaffRole } from "@/lib/db/generated/enums";
import { exportSupporter } from "@/lib/privacy/export-supporter";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, response } = await requireStaffApi(StaffRole.ADMIN);
  if (!staff) return response;
  const { id } = await params;
  const exported = await exportSupporter(getPrisma(), id, { userId: staff.id });
  if (!exported) return Response.json({ error: { code: "not_found", message: "No supporter with this id." } }, { status: 404 });
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="supporter-${id}.json"`,
      "cache-control": "no-store",
    },
  });
}
