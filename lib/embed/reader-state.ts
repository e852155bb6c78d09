// What the embedded appeal shows one reader, decided in proxy.ts from first-party cookies on the
// donation domain and nothing else (no database read): a short thank-you line while a gift runs,
// nothing while "Remind me later" snoozes the appeal, a quiet banner past the weekly cap of views
// (staff set it and the thank-you periods in Settings: embed-settings-schema.ts; the proxy passes them),
// else the appeal in the reader's kept bucket (a random number a variant is picked by, so a reader
// keeps their variant while staff keep the same list). Every page it leads to is static.
import { isAppealSnoozed, SNOOZE_COOKIE } from "@/lib/reminders/is-appeal-snoozed";
import type { Placement } from "./attribution";

export const THANKED_COOKIE = "appeal_thanked_until";
/** The frequency of a checkout the reader started; the thank-you page turns it into THANKED_COOKIE. */
export const GIFT_COOKIE = "appeal_gift";
export const BUCKET_COOKIE = "appeal_bucket";
export const WEEK_VIEWS_COOKIE = "appeal_week_views";
/** Where "Back to the article" leads after a gift: an allowed origin's article, checked again when read. */
export const BACK_COOKIE = "appeal_back";

/** 12 buckets: one to four variants each get an even share. */
export const BUCKETS = 12;

export type EmbedState = "thanks" | "quiet" | `${number}`;

type Cookies = { get(name: string): string | undefined };

/** The banner page a frame shows once its button was pressed (open-banner-appeal.ts): the same banner, with no view beacon. */
export const openedBannerState = (bucket: number) => `opened-${bucket}`;

/** The bucket of an opened banner's state, or null for any other state. */
export function parseOpenedBanner(state: string): number | null {
  return state.startsWith("opened-") ? parseBucket(state.slice("opened-".length)) : null;
}

export function parseBucket(value: string | undefined): number | null {
  if (!value || !/^\d{1,2}$/.test(value)) return null;
  const bucket = Number(value);
  return bucket < BUCKETS ? bucket : null;
}

/** Monday of the reader's week (UTC), as YYYY-MM-DD. */
export function weekKey(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** This week's views from the cookie "<week>:<count>"; another week's count is 0. */
export function weekViews(value: string | undefined, now: Date): number {
  const match = /^(\d{4}-\d{2}-\d{2}):(\d{1,4})$/.exec(value ?? "");
  return match && match[1] === weekKey(now) ? Number(match[2]) : 0;
}

export function nextWeekViews(value: string | undefined, now: Date): string {
  return `${weekKey(now)}:${weekViews(value, now) + 1}`;
}

export function isThanked(value: string | undefined, now: Date): boolean {
  return isAppealSnoozed(value, now);
}

/** The page to show and, for a reader with no bucket yet, the one to keep. */
export function decideEmbedState(placement: Placement, cookies: Cookies, now: Date, weeklyViewCap: number, random: () => number = Math.random): { state: EmbedState; newBucket: number | null } {
  if (isThanked(cookies.get(THANKED_COOKIE), now)) return { state: placement === "banner" ? "quiet" : "thanks", newBucket: null };
  if (isAppealSnoozed(cookies.get(SNOOZE_COOKIE), now)) return { state: "quiet", newBucket: null };
  if (placement === "banner" && weekViews(cookies.get(WEEK_VIEWS_COOKIE), now) >= weeklyViewCap) return { state: "quiet", newBucket: null };
  const kept = parseBucket(cookies.get(BUCKET_COOKIE));
  const bucket = kept ?? Math.floor(random() * BUCKETS) % BUCKETS;
  return { state: `${bucket}`, newBucket: kept === null ? bucket : null };
}
