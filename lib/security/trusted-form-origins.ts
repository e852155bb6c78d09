// Which origins may post the app's forms. In production only APP_URL's origin (and the embedding
// sites the caller adds). In development also the origin the browser is actually on, when that is
// a loopback name: `PORT=3100 npm run dev` opened at 127.0.0.1, [::1] or localhost, whatever
// APP_URL says. Only loopback names, so that a page on another name (a DNS-rebinding attacker's
// host pointed at 127.0.0.1) still counts as another site.
const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function trustedFormOrigins(request: Request, { appUrl, isProduction }: { appUrl: string; isProduction: boolean }): string[] {
  const origins = [new URL(appUrl).origin];
  if (isProduction) return origins;
  const own = ownLoopbackOrigin(request);
  return own ? [...origins, own] : origins;
}

/** http://<Host header> when the request came to a loopback name, else undefined. */
function ownLoopbackOrigin(request: Request): string | undefined {
  const host = request.headers.get("host") ?? new URL(request.url).host;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return undefined;
  }
  return LOOPBACK_HOSTNAMES.has(url.hostname) && url.host === host.toLowerCase() ? url.origin : undefined;
}
