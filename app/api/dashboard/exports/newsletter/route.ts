// GET /api/dashboard/exports/newsletter: the newsletter's confirmed addresses as CSV, each with its
// one-click unsubscribe URL, for the mailing tool (admins; audited).
import { requireStaffApi } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { csvAttachment } from "@/lib/exports/csv-attachment";
import { startNewsletterExport } from "@/lib/exports/start-newsletter-export";
import { exportsBusy } from "@/lib/exports/stream-export";

export const dynamic = "force-dynamic";

export async function GET() {
  const { staff, response } = await requireStaffApi(StaffRole.ADMIN);
  if (!staff) return response;
  const exported = await startNewsletterExport(staff.id);
  return exported.started ? csvAttachment(exported.csv, exported.filename) : exportsBusy();
}
