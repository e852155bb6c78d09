// GET /dashboard/staff: who can use the dashboard, with invite, role change and removal (admins).
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { listStaff } from "@/lib/staff/list-staff";
import { changeStaffRole, inviteStaff, removeStaff, type StaffChange } from "@/lib/staff/manage-staff";

export const dynamic = "force-dynamic";

const role = (value: FormDataEntryValue | null): StaffRole => (value === StaffRole.ADMIN ? StaffRole.ADMIN : StaffRole.VIEWER);
const back = (result: StaffChange, done: string) => redirect(result.ok ? `/dashboard/staff?done=${encodeURIComponent(done)}` : `/dashboard/staff?error=${encodeURIComponent(result.message)}`);

async function invite(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/staff");
  back(await inviteStaff(staff.id, String(form.get("email") ?? ""), role(form.get("role"))), "Invitation sent.");
}

async function setRole(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/staff");
  back(await changeStaffRole(staff.id, String(form.get("userId")), role(form.get("role"))), "Role changed.");
}

async function remove(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/staff");
  back(await removeStaff(staff.id, String(form.get("userId"))), "Removed. Their sessions have ended.");
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ done?: string; error?: string }> }) {
  const me = await requireStaff(StaffRole.ADMIN, "/dashboard/staff");
  const [users, params] = await Promise.all([listStaff(), searchParams]);
  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Staff</h1>
          <p className="muted">Only the addresses listed here can sign in. Viewers see figures and supporters; admins also change settings and staff.</p>
        </div>
      </div>
      {params.done ? (
        <p className="notice" role="status">
          {params.done}
        </p>
      ) : null}
      {params.error ? (
        <p className="notice danger" role="alert">
          {params.error}
        </p>
      ) : null}
      <form action={invite} className="panel filters">
        <label>
          Email <input name="email" type="email" required placeholder="colleague@newsroom.org" size={30} />
        </label>
        <label>
          Role
          <select name="role" defaultValue="VIEWER">
            <option value="VIEWER">Viewer</option>
            <option value="ADMIN">Admin</option>
          </select>
        </label>
        <button type="submit">Invite</button>
      </form>
      <section className="panel">
        <table className="data">
          <thead>
            <tr>
              <th>Email</th>
              <th>Signed in before</th>
              <th>Role</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.id === me.id ? " (you)" : ""}
                </td>
                <td>{u.emailVerified ? "Yes" : "Not yet"}</td>
                <td>
                  <form action={setRole} className="row-actions">
                    <input type="hidden" name="userId" value={u.id} />
                    <select name="role" defaultValue={u.role} aria-label={`Role of ${u.email}`}>
                      <option value="VIEWER">Viewer</option>
                      <option value="ADMIN">Admin</option>
                    </select>
                    <button type="submit" className="secondary">
                      Change
                    </button>
                  </form>
                </td>
                <td>
                  <form action={remove}>
                    <input type="hidden" name="userId" value={u.id} />
                    <button type="submit" className="danger">
                      Remove
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
