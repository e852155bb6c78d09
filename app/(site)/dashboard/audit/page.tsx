// GET /dashboard/audit: who signed in, viewed supporters, exported, and changed settings or staff (admins).
import Link from "next/link";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";

export const dynamic = "force-dynamic";

const actions: Record<string, string> = {
  "staff.sign_in": "Signed in",
  "staff.sign_out": "Signed out",
  "staff.invited": "Invited staff",
  "staff.role_changed": "Changed a role",
  "staff.removed": "Removed staff",
  "staff.admin_bootstrapped": "Became the first admin (STAFF_ADMIN_EMAIL)",
  "supporter.viewed": "Viewed a supporter",
  "supporter.searched": "Searched supporters",
  "supporter.export": "Downloaded a supporter's data",
  "supporter.erase": "Erased a supporter",
  "export.supporters": "Exported supporters",
  "export.donations": "Exported donations",
  "settings.updated": "Changed appeal settings",
  "receipt.resent": "Resent a receipt",
  "statement.downloaded": "Downloaded a yearly statement",
  "supporter.gift_changed": "A supporter changed their gift (their manage link)",
  "supporter.gift_change_refused": "A supporter's session was refused a gift it does not own",
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  await requireStaff(StaffRole.ADMIN, "/dashboard/audit");
  const { after } = await searchParams;
  const { entries, nextCursor } = await listAuditLog(after);
  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Audit log</h1>
          <p className="muted">Every sign-in, supporter view, export and change, newest first. Times are UTC.</p>
        </div>
      </div>
      <section className="panel">
        {entries.length === 0 ? (
          <p className="empty">Nothing recorded yet.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>Record</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td>{e.actorEmail ?? "Removed staff"}</td>
                  <td>{actions[e.action] ?? e.action}</td>
                  <td>
                    {e.targetType?.toLowerCase() === "supporter" && e.targetId ? (
                      <Link href={`/dashboard/supporters/${e.targetId}`}>{e.targetId.slice(-10)}</Link>
                    ) : e.targetType ? (
                      `${e.targetType}${e.targetId ? ` ${e.targetId.slice(-10)}` : ""}`
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextCursor ? (
          <nav className="pager">
            <span />
            <Link href={`/dashboard/audit?after=${nextCursor}`}>Older entries</Link>
          </nav>
        ) : null}
      </section>
    </>
  );
}
