// The dashboard's frame: navigation and who is signed in. Each page still checks access itself.
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff, hasRole } from "@/lib/auth/require-staff";
import { getConfig } from "@/lib/config/env";
import { StaffRole } from "@/lib/db/generated/enums";
import { SignOutButton } from "./sign-out-button";
import "./dashboard.css";

export const metadata: Metadata = { title: "Supporter dashboard", robots: { index: false, follow: false } };

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  const { NEWSROOM_NAME } = getConfig();
  return (
    <div className="dash">
      <aside className="dash-side">
        <p className="brand">{NEWSROOM_NAME}</p>
        <nav aria-label="Dashboard">
          <Link href="/dashboard">Overview</Link>
          <Link href="/dashboard/supporters">Supporters</Link>
          <Link href="/dashboard/donations">Donations</Link>
          <Link href="/dashboard/sources">Sources</Link>
          {hasRole(staff, StaffRole.ADMIN) ? (
            <>
              <p className="nav-label">Admin</p>
              <Link href="/dashboard/settings">Appeal settings</Link>
              <Link href="/dashboard/staff">Staff</Link>
              <Link href="/dashboard/audit">Audit log</Link>
            </>
          ) : null}
        </nav>
        <div className="who">
          <span>{staff.name ?? staff.email}</span>
          <span className="pill">{staff.role === StaffRole.ADMIN ? "Admin" : "Viewer"}</span>
          <SignOutButton />
        </div>
      </aside>
      <main className="dash-main">{children}</main>
    </div>
  );
}
