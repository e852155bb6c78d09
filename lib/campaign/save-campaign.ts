// Sets the one campaign from the Settings form (admins only, checked by the caller), audited, or
// says why not and changes nothing. The appeal pages show the change within their revalidate; this
// instance's copy is cleared and the cached pages asked to re-render at once.
import { getConfig } from "../config/env";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { CAMPAIGN_SETTING_KEY, type Campaign } from "./campaign";
import { refreshAppealPages } from "./refresh-appeal-pages";
import { readCampaignForm, type CampaignFormValues } from "./read-campaign-form";

export type SaveCampaignResult = { ok: true; campaign: Campaign } | { ok: false; errors: string[] };

export async function saveCampaign(values: CampaignFormValues, actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<SaveCampaignResult> {
  const result = readCampaignForm(values, getConfig().SETTLEMENT_CURRENCY);
  if (!result.ok) return result;
  const value = result.campaign as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: CAMPAIGN_SETTING_KEY }, update: { value, updatedBy: actorUserId }, create: { key: CAMPAIGN_SETTING_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: CAMPAIGN_SETTING_KEY, metadata: value } }),
  ]);
  refreshAppealPages();
  return result;
}
