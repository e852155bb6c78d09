// A member of staff opens one supporter's page: the profile (identity decrypted), and the view
// written to the audit log before anything is shown. Null when there is no such supporter.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getPrisma } from "../db/prisma";
import { getSupporterProfile, type SupporterProfile } from "./get-supporter-profile";

export async function viewSupporterProfile(staffUserId: string, supporterId: string): Promise<SupporterProfile | null> {
  const profile = await getSupporterProfile(getPrisma(), supporterId);
  if (!profile) return null;
  await recordAudit({ actorUserId: staffUserId, action: "supporter.viewed", targetType: "supporter", targetId: profile.id });
  return profile;
}
