// What Continue in an embedded appeal adds to a checkout (start-checkout-form.ts): the attribution,
// from the form's placement and variant and the frame's article (its address is the post's
// Referer), forged parts dropped; a counted click; and, on the answer that sends the reader to
// Stripe, two first-party cookies: the gift's frequency (the thank-you page turns it into the
// embed's thank-you line, embed-proxy.ts) and the article to go back to, only on an allowed origin.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { articleFromEmbedReferer, parseArticleAddress } from "./article-address";
import { parseAttribution, type Attribution } from "./attribution";
import { countAppealEvent } from "./count-appeal-event";
import { BACK_COOKIE, GIFT_COOKIE } from "./reader-state";

export type EmbedCheckout = { attribution: Attribution; backUrl: string | null };

export function readEmbedCheckout(fields: Record<string, unknown>, headers: Headers): EmbedCheckout {
  const config = getConfig();
  const article = parseArticleAddress(articleFromEmbedReferer(headers.get("referer"), config.APP_URL), config.embedAllowedOrigins);
  const attribution = parseAttribution({ placement: fields.placement, variant: fields.variant, articlePath: article.articlePath });
  return { attribution, backUrl: attribution.placement ? article.backUrl : null };
}

export async function countEmbedClick(attribution: Attribution): Promise<void> {
  try {
    await countAppealEvent("clicks", attribution);
  } catch (error) {
    logger.error("appeal click not counted", { error: error instanceof Error ? error.name : "unknown" });
  }
}

/** The Set-Cookie values for a checkout that was created: always the gift's frequency, and the way back when there is one. */
export function embedCheckoutCookies(frequency: unknown, backUrl: string | null): string[] {
  const secure = getConfig().APP_URL.startsWith("https:") ? "; Secure" : "";
  const attributes = `; Max-Age=86400; Path=/; SameSite=Lax; HttpOnly${secure}`;
  const cookies: string[] = [];
  if (frequency === "once" || frequency === "monthly" || frequency === "annual") cookies.push(`${GIFT_COOKIE}=${frequency}${attributes}`);
  cookies.push(backUrl ? `${BACK_COOKIE}=${encodeURIComponent(backUrl)}${attributes}` : `${BACK_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax; HttpOnly${secure}`);
  return cookies;
}
