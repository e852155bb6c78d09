// Server-side authorization for every dashboard page, route handler and server action.
// The session is read from the database on each call, so a removed or demoted member of
// staff loses access at once. Pages redirect to sign-in; APIs answer 401/403 (requireStaffApi).
import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { cache } from "react";
import { StaffRole } from "../db/generated/enums";
import { getAuthOptions } from "./auth-options";

export type Staff = { id: string; email: string; name: string | null; role: StaffRole };

const rank: Record<StaffRole, number> = { VIEWER: 1, ADMIN: 2 };

// Once per request: the layout and the page both ask, and each ask is a database read.
const currentStaff = cache(async function currentStaff(): Promise<Staff | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !user.email || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
});

export function hasRole(staff: Staff, role: StaffRole): boolean {
  return rank[staff.role] >= rank[role];
}

/** For pages and server actions: the signed-in staff member, or a redirect to sign-in (or a 404 for the wrong role). */
export async function requireStaff(role: StaffRole = StaffRole.VIEWER, returnTo = "/dashboard"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  // A viewer is not told that an admin page exists.
  if (!hasRole(staff, role)) notFound();
  return staff;
}

export type StaffApiResult = { staff: Staff; response?: undefined } | { staff?: undefined; response: NextResponse };

/** For route handlers: the staff member, or a 401/403 JSON response to return as is. */
export async function requireStaffApi(role: StaffRole = StaffRole.VIEWER): Promise<StaffApiResult> {
  const staff = await currentStaff();
  if (!staff) return { response: NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to the dashboard first." } }, { status: 401 }) };
  if (!hasRole(staff, role)) return { response: NextResponse.json({ error: { code: "forbidden", message: "Your role does not allow this." } }, { status: 403 }) };
  return { staff };
}
