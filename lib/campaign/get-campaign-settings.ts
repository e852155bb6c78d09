// What the Settings page's campaign section shows: the campaign (or none) and the currency a money
// goal is counted in, with the form's values filled in from it.
import { getConfig } from "../config/env";
import { minorToDecimal } from "../money/minor-to-decimal";
import { getCampaign } from "./get-campaign";
import type { CampaignFormValues } from "./read-campaign-form";

export type CampaignSettings = { active: boolean; settlementCurrency: string; values: CampaignFormValues };

export async function getCampaignSettings(): Promise<CampaignSettings> {
  const settlementCurrency = getConfig().SETTLEMENT_CURRENCY;
  const campaign = await getCampaign();
  if (!campaign) return { active: false, settlementCurrency, values: { goalKind: "money", goalAmount: "", currency: settlementCurrency, startsOn: "", endsOn: "" } };
  const goalAmount = campaign.goalKind === "money" ? minorToDecimal(campaign.goal, campaign.currency) : String(campaign.goal);
  return { active: true, settlementCurrency, values: { goalKind: campaign.goalKind, goalAmount, currency: settlementCurrency, startsOn: campaign.startsOn, endsOn: campaign.endsOn } };
}
