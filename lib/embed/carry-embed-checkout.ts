// With a CAPTCHA on, Continue in the embedded appeal (whose frame runs no script, so shows no
// CAPTCHA) is sent on to the appeal page (start-checkout-form.ts). This first-party cookie carries
// where it came from (placement, variant, article) to the Continue made there, for an hour, so the
// gift is attributed as any embedded gift is and "Back to the article" still works. It is read
// back like everything from a browser: each part checked, a forged one dropped.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { parseArticleAddress } from "./article-address";
import { parseAttribution } from "./attribution";
import type { EmbedCheckout } from "./embed-checkout";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";

export const CARRIED_COOKIE = "appeal_carried";

const attributes = (maxAge: number) => `; Max-Age=${maxAge}; Path=/api/checkout; SameSite=Lax; HttpOnly${getConfig().APP_URL.startsWith("https:") ? "; Secure" : ""}`;

/** The Set-Cookie carrying an embedded Continue's attribution to the appeal page's Continue. */
export function carryEmbedCheckoutCookie({ attribution, backUrl }: EmbedCheckout): string {
  const value = [attribution.placement ?? "", attribution.variant ?? "", backUrl ?? attribution.articlePath ?? ""].map(encodeURIComponent).join("|");
  return `${CARRIED_COOKIE}=${value}${attributes(3600)}`;
}

/** The Set-Cookie that drops it once a checkout it led to is created. */
export function dropCarriedCookie(): string {
  return `${CARRIED_COOKIE}=${attributes(0)}`;
}

function readCookie(header: string | null): string | undefined {
  for (const part of (header ?? "").split(/; */)) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at) === CARRIED_COOKIE) return part.slice(at + 1);
  }
  return undefined;
}

/** The attribution an earlier embedded Continue carried here, or null. */
export async function readCarriedEmbedCheckout(headers: Pick<Headers, "get">): Promise<EmbedCheckout | null> {
  const value = readCookie(headers.get("cookie"));
  if (!value) return null;
  let parts: string[];
  try {
    parts = value.split("|").map(decodeURIComponent);
  } catch {
    return null;
  }
  if (parts.length !== 3) return null;
  const [placement, variant, article] = parts;
  const address = parseArticleAddress(article, await loadEmbedAllowedOrigins());
  const attribution = parseAttribution({ placement, variant, articlePath: address.articlePath });
  return attribution.placement ? { attribution, backUrl: address.backUrl, fromBanner: false } : null;
}
