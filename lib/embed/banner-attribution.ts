// The banner's claim on the gift it leads to: pressing its button (open-banner-appeal.ts) keeps the
// banner's variant and article in a first-party cookie for half an hour, and the checkout that follows,
// from the footer appeal it scrolled to or from the appeal page it opened, is the banner's
// (embed-checkout.ts). The cookie comes back from the browser, so each part is checked again.
import { parseAttribution, type Attribution } from "./attribution";

export const FROM_BANNER_COOKIE = "appeal_from_banner";
export const FROM_BANNER_SECONDS = 30 * 60;

export function bannerCookieValue(attribution: Attribution): string {
  return new URLSearchParams({ variant: attribution.variant ?? "a", article: attribution.articlePath ?? "" }).toString();
}

/** The banner's attribution from the cookie, forged parts dropped; null when there is none. */
export function readBannerCookie(value: string | undefined): Attribution | null {
  if (!value) return null;
  const query = new URLSearchParams(value);
  const attribution = parseAttribution({ placement: "banner", variant: query.get("variant"), articlePath: query.get("article") || null });
  return attribution.variant ? attribution : null;
}
