// Everyone on the staff list, for the admins' staff page: admins first, then by address.
import "server-only";
import { getPrisma } from "../db/prisma";

export async function listStaff() {
  return getPrisma().user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], select: { id: true, email: true, name: true, role: true, emailVerified: true } });
}
