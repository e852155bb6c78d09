// What Continue in an embedded appeal adds to a checkout (start-checkout-form.ts): the attribution,
// from the form's placement and variant and the frame's article (its address is the post's
// Referer), forged parts dropped; a counted click; and, on the answer that sends the reader to
// Stripe, two first-party cookies: the gift's frequency (the thank-you page turns it into the
// embed's thank-you line, embed-proxy.ts) and the article to go back to, only on an allowed origin.
// A checkout that follows a press of the banner's button (banner-attribution.ts) is the banner's,
// from the footer appeal or the appeal page alike: its click was counted at the press, and the
// banner's cookie is spent on the checkout it led to.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { readCookie } from "@/lib/http/read-cookie";
import { logger } from "@/lib/log/logger";
import { articleFromEmbedReferer, parseArticleAddress } from "./article-address";
import { parseAttribution, type Attribution } from "./attribution";
import { FROM_BANNER_COOKIE, readBannerCookie } from "./banner-attribution";
import { countAppealEvent } from "./count-appeal-event";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";
import { BACK_COOKIE, GIFT_COOKIE } from "./reader-state";

export type EmbedCheckout = { attribution: Attribution; backUrl: string | null; fromBanner: boolean };

export async function readEmbedCheckout(fields: Record<string, unknown>, headers: Headers): Promise<EmbedCheckout> {
  const config = getConfig();
  const article = parseArticleAddress(articleFromEmbedReferer(headers.get("referer"), config.APP_URL), await loadEmbedAllowedOrigins());
  const attribution = parseAttribution({ placement: fields.placement, variant: fields.variant, articlePath: article.articlePath });
  const backUrl = attribution.placement ? article.backUrl : null;
  const banner = readBannerCookie(readCookie(headers.get("cookie"), FROM_BANNER_COOKIE));
  return banner ? { attribution: banner, backUrl, fromBanner: true } : { attribution, backUrl, fromBanner: false };
}

export async function countEmbedClick(attribution: Attribution): Promise<void> {
  try {
    await countAppealEvent("clicks", attribution);
  } catch (error) {
    logger.error("appeal click not counted", { error: error instanceof Error ? error.name : "unknown" });
  }
}

/** The Set-Cookie values for a checkout that was created: always the gift's frequency, the way back when there is one, and the banner's claim spent. */
export function embedCheckoutCookies(frequency: unknown, backUrl: string | null, fromBanner = false): string[] {
  const secure = getConfig().APP_URL.startsWith("https:") ? "; Secure" : "";
  const attributes = `; Max-Age=86400; Path=/; SameSite=Lax; HttpOnly${secure}`;
  const cookies: string[] = [];
  if (frequency === "once" || frequency === "monthly" || frequency === "annual") cookies.push(`${GIFT_COOKIE}=${frequency}${attributes}`);
  cookies.push(backUrl ? `${BACK_COOKIE}=${encodeURIComponent(backUrl)}${attributes}` : `${BACK_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax; HttpOnly${secure}`);
  if (fromBanner) cookies.push(`${FROM_BANNER_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax; HttpOnly${secure}`);
  return cookies;
}
