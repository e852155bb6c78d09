// The appeal steps back while the reader's snooze cookie holds a time in the future. Used by the
// appeal page (and later the embeddable prompt) with the cookie's raw value.
export const SNOOZE_COOKIE = "appeal_snoozed_until";

export function isAppealSnoozed(cookieValue: string | undefined, now: Date = new Date()): boolean {
  if (!cookieValue) return false;
  const until = Date.parse(cookieValue);
  return Number.isFinite(until) && until > now.getTime();
}
