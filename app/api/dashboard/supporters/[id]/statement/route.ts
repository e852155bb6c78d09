// GET /api/dashboard/supporters/:id/statement?year=2026&lang=en: the supporter's yearly statement
// as a PDF download (the same file their own page offers). Any staff role; audited.
import { requireStaffApi } from "@/lib/auth/require-staff";
import { downloadYearlyStatement } from "@/lib/receipts/download-yearly-statement";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, response } = await requireStaffApi();
  if (!staff) return response;
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const file = await downloadYearlyStatement(staff.id, id, { year: query.get("year"), lang: query.get("lang") });
  if (!file.ok && file.error === "bad-request") return Response.json({ error: { code: "bad_request", message: "Give a year from 2000 to 2100 and a language, en or ru." } }, { status: 400 });
  if (!file.ok) return Response.json({ error: { code: "not_found", message: "No supporter with this id." } }, { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
