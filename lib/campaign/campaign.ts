// A fundraising campaign staff set in Settings: a goal (money in the settlement currency, in minor
// units, or a number of new supporters) between two UTC days, both included. One at a time: it is
// one Setting row. A stored value that no longer validates counts as no campaign.
import { z } from "zod";

export const CAMPAIGN_SETTING_KEY = "campaign";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const campaignSchema = z.object({
  goalKind: z.enum(["money", "supporters"]),
  /** Minor units of `currency` for a money goal; a number of people for a supporters goal. */
  goal: z.number().int().positive(),
  currency: z.string().length(3),
  startsOn: day,
  endsOn: day,
});

export type Campaign = z.infer<typeof campaignSchema>;

const DAY_MS = 86_400_000;

/** The campaign's time range: from its first day's start to the end of its last day (UTC). */
export function campaignRange(campaign: Pick<Campaign, "startsOn" | "endsOn">): { from: Date; to: Date } {
  return { from: new Date(`${campaign.startsOn}T00:00:00Z`), to: new Date(new Date(`${campaign.endsOn}T00:00:00Z`).getTime() + DAY_MS) };
}

export function isCampaignRunning(campaign: Campaign, now: Date): boolean {
  const { from, to } = campaignRange(campaign);
  return now >= from && now < to;
}
