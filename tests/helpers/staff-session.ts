// Signs a member of staff in without email: a Session row written straight to the database,
// and the cookie next-auth would have set (http, so the non-__Secure name).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { StaffRole } from "@/lib/db/generated/enums";

export async function createStaffSession(prisma: PrismaClient, email: string, role: StaffRole): Promise<{ userId: string; cookie: string }> {
  const user = await prisma.user.upsert({ where: { email }, update: { role }, create: { email, role }, select: { id: true } });
  const sessionToken = randomBytes(32).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
  return { userId: user.id, cookie: `next-auth.session-token=${sessionToken}` };
}
