// Cross-site request forgery guard for route handlers that take form posts. Only what another
// site's page can send without a CORS preflight is checked (HTML forms and "simple" fetches:
// urlencoded, multipart, text/plain or no body type); JSON needs a preflight no other site passes,
// so API clients that send JSON without an Origin header keep working.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { checkOrigin } from "./check-origin";
import { trustedFormOrigins } from "./trusted-form-origins";

const SIMPLE_BODY = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

export function refuseCrossSiteForm(request: Request): Response | undefined {
  const type = request.headers.get("content-type")?.trim() ?? "";
  if (type && !SIMPLE_BODY.test(type)) return undefined;
  const { APP_URL, isProduction } = getConfig();
  const check = checkOrigin(request, APP_URL, trustedFormOrigins(request, { appUrl: APP_URL, isProduction }));
  if (check.ok) return undefined;
  logger.warn("cross-site form post refused", { path: new URL(request.url).pathname, reason: check.reason });
  return new Response("This form can only be sent from our own pages. Please go back, reload the page and try again.", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
