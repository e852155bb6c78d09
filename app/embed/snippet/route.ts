// GET /embed/snippet?placement=footer|banner[&lang=ru]: the HTML to paste into the article template
// (lib/embed/build-snippet.ts). An unknown placement is refused with the ones there are.
import { getConfig } from "@/lib/config/env";
import { buildSnippet } from "@/lib/embed/build-snippet";
import { parsePlacement, placements } from "@/lib/embed/attribution";
import { knownLocale } from "@/lib/i18n/locales";

export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const placement = parsePlacement(query.get("placement"));
  if (!placement) {
    return new Response(`Bad request: placement must be one of ${placements.join(", ")}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const config = getConfig();
  const snippet = buildSnippet({ appUrl: config.APP_URL, placement, locale: knownLocale(query.get("lang")), newsroomName: config.NEWSROOM_NAME });
  return new Response(snippet, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" } });
}
