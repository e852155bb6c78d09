// server.ts, before Next.js routes a request: the plain appeal at / becomes a request for its
// currency's cached page (lib/donations/cached-appeal-url.ts). What the reader gets at / depends on
// their language, country and snooze cookie, so shared caches must not keep it (the cached page's
// own URL keeps Next's s-maxage). Browsers keep it but ask again each time, with its ETag: a
// reader whose language changed gets the other page's ETag, so no Vary is needed.
import type { IncomingMessage, ServerResponse } from "node:http";
import { cachedAppealUrl } from "@/lib/donations/cached-appeal-url";

export function routeToCachedAppeal(request: IncomingMessage, response: ServerResponse): void {
  const url = cachedAppealUrl(request);
  if (!url) return;
  request.url = url;
  // Next.js keeps a Cache-Control that is already set (send-payload.js).
  response.setHeader("Cache-Control", "private, no-cache");
}
