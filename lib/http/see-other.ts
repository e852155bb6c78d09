// A 303 to one of our own pages, absolute against APP_URL (the request's host may be internal).
import { getConfig } from "@/lib/config/env";

export function seeOther(pathWithQuery: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: `${getConfig().APP_URL}${pathWithQuery}`, ...headers } });
}
