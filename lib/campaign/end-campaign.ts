// Takes the campaign down (admins only, checked by the caller), audited: the appeal pages stop
// showing a goal. Ending when there is none changes nothing and writes no audit entry.
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { CAMPAIGN_SETTING_KEY } from "./campaign";
import { refreshAppealPages } from "./refresh-appeal-pages";

export async function endCampaign(actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<boolean> {
  const ended = await prisma.$transaction(async (tx) => {
    const { count } = await tx.setting.deleteMany({ where: { key: CAMPAIGN_SETTING_KEY } });
    if (count === 0) return false;
    await tx.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: CAMPAIGN_SETTING_KEY, metadata: { ended: true } } });
    return true;
  });
  if (ended) refreshAppealPages();
  return ended;
}
