// GET /api/embed/open, the banner's button: counts a click for the banner (its variant and, from the
// frame's address, the article), keeps for half an hour a first-party cookie that gives the banner the
// gift it leads to (embed-checkout.ts), then opens the appeal. Without the loader the button is a link
// in the whole window (`to=page`): on to the appeal page. With it (`to=footer`, the frame's own
// navigation) the frame shows the banner again, without counting a view, and the loader, seeing the
// frame load, scrolls the article to its footer appeal (or, with none there, opens the appeal page).
import "server-only";
import { getConfig } from "@/lib/config/env";
import { knownLocale } from "@/lib/i18n/locales";
import { articleFromEmbedReferer, parseArticleAddress } from "./article-address";
import { parseAttribution } from "./attribution";
import { LOADER_FRAGMENT } from "./build-snippet";
import { bannerCookieValue, FROM_BANNER_COOKIE, FROM_BANNER_SECONDS } from "./banner-attribution";
import { countEmbedClick } from "./embed-checkout";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";
import { openedBannerState, parseBucket } from "./reader-state";

export async function openBannerAppeal(request: Request): Promise<Response> {
  const config = getConfig();
  const query = new URL(request.url).searchParams;
  const locale = knownLocale(query.get("lang"));
  const bucket = parseBucket(query.get("bucket") ?? undefined);
  const articleParam = articleFromEmbedReferer(request.headers.get("referer"), config.APP_URL);
  const article = parseArticleAddress(articleParam, await loadEmbedAllowedOrigins());
  const attribution = parseAttribution({ placement: query.get("placement"), variant: query.get("variant"), articlePath: article.articlePath });
  if (attribution.placement !== "banner")
    return new Response("Bad request: only the banner opens the appeal this way.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  await countEmbedClick(attribution);
  const inFrame = query.get("to") === "footer" && bucket !== null;
  // The opened banner keeps the article in its address, so a second press is counted for it too.
  const keepArticle = article.articlePath && articleParam ? `?article=${encodeURIComponent(articleParam)}` : "";
  const location = inFrame ? `${config.APP_URL}/embed/banner/${openedBannerState(bucket)}/${locale}${keepArticle}#${LOADER_FRAGMENT}` : `${config.APP_URL}/?lang=${locale}`;
  const secure = config.APP_URL.startsWith("https:") ? "; Secure" : "";
  const headers = new Headers({ location, "cache-control": "no-store" });
  headers.append("set-cookie", `${FROM_BANNER_COOKIE}=${encodeURIComponent(bannerCookieValue(attribution))}; Max-Age=${FROM_BANNER_SECONDS}; Path=/; SameSite=Lax; HttpOnly${secure}`);
  return new Response(null, { status: 303, headers });
}
