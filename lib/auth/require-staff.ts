// Server-side authorization for every dashboard page, route handler and server action.
// The session is read from the database on each call, so a removed or demoted member of
// staff loses access at once. Pages redirect to sign-in; APIs answer 401/403 (requireStaffApi).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { cache } from "react";
import { StaffRole } from "../db/generated/enums";
import { readStaffSession, type Staff } from "./read-staff-session";

export type { Staff } from "./read-staff-session";

const rank: Record<StaffRole, number> = { VIEWER: 1, ADMIN: 2 };

// Once per request: the layout and the page both ask, and each ask is a database read.
const currentStaff = cache(readStaffSession);

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
