// GET /api/embed/view, the embedded appeal's view beacon: an image request the frame makes after it
// shows, so counting blocks nothing. One upsert in today's counter (count-appeal-event.ts) and the
// reader's weekly view count moves in their own cookie (the banner's cap, reader-state.ts). The
// placement and variant come from the image's address, the article from the frame's (its Referer);
// forged parts are dropped. Answers a transparent GIF that no one caches, whatever happened.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { readCookie } from "@/lib/http/read-cookie";
import { logger } from "@/lib/log/logger";
import { articleFromEmbedReferer, parseArticleAddress } from "./article-address";
import { parseAttribution } from "./attribution";
import { countAppealEvent } from "./count-appeal-event";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";
import { nextWeekViews, WEEK_VIEWS_COOKIE } from "./reader-state";

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function countEmbedView(request: Request, now: Date = new Date()): Promise<Response> {
  const config = getConfig();
  const query = new URL(request.url).searchParams;
  const article = parseArticleAddress(articleFromEmbedReferer(request.headers.get("referer"), config.APP_URL), await loadEmbedAllowedOrigins());
  const attribution = parseAttribution({ placement: query.get("placement"), variant: query.get("variant"), articlePath: article.articlePath });
  const headers = new Headers({ "content-type": "image/gif", "cache-control": "no-store" });
  if (!attribution.placement) return new Response(null, { status: 400, headers: { "cache-control": "no-store" } });
  try {
    await countAppealEvent("views", attribution, now);
  } catch (error) {
    logger.error("appeal view not counted", { error: error instanceof Error ? error.name : "unknown" });
  }
  const views = nextWeekViews(readCookie(request.headers.get("cookie"), WEEK_VIEWS_COOKIE), now);
  const secure = config.APP_URL.startsWith("https:") ? "; Secure" : "";
  headers.append("set-cookie", `${WEEK_VIEWS_COOKIE}=${views}; Max-Age=${8 * 86_400}; Path=/; SameSite=Lax; HttpOnly${secure}`);
  return new Response(GIF, { status: 200, headers });
}
