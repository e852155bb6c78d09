// What the embedded "Remind me later" shows inside the frame (/embed/remind/<lang>): /remind's
// choices (snooze length, months, the last post's error: lib/reminders/read-remind-page.ts), the
// outcome of a post (snoozed, or "check your inbox" for a month), and the place to post back and to
// return to. The article comes from the frame's address or, on the first visit from the appeal,
// from the appeal frame's own address (the Referer).
import "server-only";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";
import { getConfig } from "@/lib/config/env";
import type { Locale } from "@/lib/i18n/locales";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import { readRemindPage, type RemindPage } from "@/lib/reminders/read-remind-page";
import { articleFromEmbedReferer } from "./article-address";
import { readEmbedRemindPlace, type EmbedRemindPlace } from "./embed-remind-place";

type SearchParams = Record<string, string | string[] | undefined>;

export type EmbedRemindPage = RemindPage & {
  place: EmbedRemindPlace;
  /** The fields each form posts back, so its answer returns to this place. */
  placeFields: { name: "placement" | "variant" | "article"; value: string }[];
  /** "March 2027" once a sign-up is queued. */
  sentMonth?: string;
  /** The appeal this page was opened from, in the frame. */
  appealPath: string;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function readEmbedRemindPage(params: SearchParams, locale: Locale, referer: string | null): Promise<EmbedRemindPage> {
  const config = getConfig();
  const article = one(params.article) ?? articleFromEmbedReferer(referer, config.APP_URL);
  const place = readEmbedRemindPlace({ placement: one(params.placement), variant: one(params.variant), article }, await loadEmbedAllowedOrigins());
  const { placement, variant } = place.attribution;
  const placeFields: EmbedRemindPage["placeFields"] = [];
  if (placement) placeFields.push({ name: "placement", value: placement });
  if (placement && variant) placeFields.push({ name: "variant", value: variant });
  if (place.article) placeFields.push({ name: "article", value: place.article });
  const back = new URLSearchParams({ ...(place.article ? { article: place.article } : {}), lang: locale });
  return {
    ...(await readRemindPage(params, locale)),
    place,
    placeFields,
    sentMonth: describeMonthParam(one(params.sent), locale),
    appealPath: `/embed/${placement ?? "footer"}?${back.toString()}`,
  };
}
