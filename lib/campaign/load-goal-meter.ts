// The goal meter the appeal pages show while a campaign runs, or null. Kept in this process for
// 30 s and the pages revalidate every 30 s, so what a reader sees is at most a minute old and the
// ledger is read at most twice a minute per instance, however busy the appeal.
import "server-only";
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { isCampaignRunning } from "./campaign";
import { getCampaign } from "./get-campaign";
import { getCampaignProgress } from "./get-campaign-progress";

export type GoalMeter = { goalKind: "money" | "supporters"; goal: number; reached: number; currency: string; endsOn: string };

export const GOAL_METER_TTL_MS = 30_000;

async function readGoalMeter(): Promise<GoalMeter | null> {
  const prisma = getPrisma();
  const campaign = await getCampaign(prisma);
  const now = new Date();
  if (!campaign || !isCampaignRunning(campaign, now)) return null;
  const { reached } = await getCampaignProgress(prisma, campaign, now, false);
  return { goalKind: campaign.goalKind, goal: campaign.goal, reached, currency: campaign.currency, endsOn: campaign.endsOn };
}

const meter = createSharedRead("goalMeter", GOAL_METER_TTL_MS, readGoalMeter);

/** Never fails the appeal: when the ledger cannot be read, the page shows no meter. */
export async function loadGoalMeter(): Promise<GoalMeter | null> {
  try {
    return await meter.load();
  } catch (error) {
    logger.warn("goal meter not read", { error: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}

export function forgetGoalMeter(): void {
  meter.forget();
}
