// Whether emails keep the newsroom's name out of the sender's display name and the subject: the
// "discreet email" setting (on unless staff turn it off in Settings). A seized inbox then shows
// only the neutral sender and subject; the body may name the newsroom.
import type { PrismaClient } from "../db/generated/client";
import { findStoredAppealSettings } from "../settings/find-stored-appeal-settings";

export async function readDiscreetEmail(prisma: PrismaClient): Promise<boolean> {
  return (await findStoredAppealSettings(prisma))?.discreetEmail ?? true;
}
