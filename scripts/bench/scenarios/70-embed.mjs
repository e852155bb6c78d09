// The embedded appeal (issue 18): serving GET /embed/footer (rewritten by proxy.ts to its static page
// for a returning reader) against the static-page baseline; its HTML gzipped (ceiling 20 kB); each
// snippet's inline loader gzipped (ceiling 3 kB); and, in Chromium, on an article page served from
// another port with both snippets: the requests to the app before the footer appeal shows (ceiling 1:
// the frame's document; its render-blocking stylesheet is reported beside it), and the layout shift
// (CLS, ceiling 0) for a new reader and for a reader who gave (the thank-you line in the reserved box).
import http from "node:http";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export const name = "embed";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "n/a");

function articleServer(port, banner, footer) {
  const page = `<!doctype html><html lang="en"><head><title>Story</title></head><body>${banner}<main><h1>The story</h1><p>What happened, at length.</p>${footer}<p>After the appeal.</p></main></body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** The article in Chromium: requests to the app before the footer's Continue shows, then the CLS once every frame has settled. */
async function measureInChromium(browser, articleUrl, appUrl, cookies = []) {
  const context = await browser.newContext();
  if (cookies.length) await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: appUrl })));
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const requests = [];
  page.on("request", (request) => {
    if (request.url().startsWith(appUrl)) requests.push({ url: request.url().slice(appUrl.length), type: request.resourceType() });
  });
  await page.goto(articleUrl, { waitUntil: "load" });
  const footer = page.frameLocator(".support-appeal-footer iframe");
  const shown = cookies.length ? footer.getByRole("status") : footer.getByRole("button", { name: "Continue" });
  await shown.waitFor();
  const beforeShown = [...requests];
  // Let the frames finish (beacons, fonts) and read the shifts the article saw.
  await page.waitForLoadState("networkidle");
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  const count = (test) => beforeShown.filter(test).length;
  return {
    documents: count((request) => request.type === "document" && request.url.startsWith("/embed/footer")),
    stylesheets: count((request) => request.type === "stylesheet"),
    scripts: count((request) => request.type === "script"),
    cls,
  };
}

export async function run({ app, aroundBaseline, load, duration, articlePort }) {
  const articleOrigin = `http://127.0.0.1:${articlePort}`;
  const url = `${app.baseUrl}/embed/footer?article=${encodeURIComponent(`${articleOrigin}/news/story`)}&lang=en`;
  const headers = { cookie: "appeal_bucket=3", "accept-language": "en" };
  await load({ url, headers, duration: 2, connections: 10 });
  const { result: embed, baseline: staticPage } = await aroundBaseline("staticPage", () => load({ url, headers, duration }));

  const html = await (await fetch(url, { headers })).text();
  const htmlGzip = gzipSync(html).length;
  const snippets = {};
  for (const placement of ["footer", "banner"]) snippets[placement] = await (await fetch(`${app.baseUrl}/embed/snippet?placement=${placement}`)).text();
  const loaderGzip = Object.fromEntries(Object.entries(snippets).map(([placement, snippet]) => [placement, gzipSync(/<script>([\s\S]*)<\/script>/.exec(snippet)[1]).length]));

  const article = await articleServer(articlePort, snippets.banner, snippets.footer);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  let asking;
  let thanked;
  try {
    asking = await measureInChromium(browser, `${articleOrigin}/news/story`, app.baseUrl);
    thanked = await measureInChromium(browser, `${articleOrigin}/news/story`, app.baseUrl, [{ name: "appeal_thanked_until", value: new Date(Date.now() + 86_400_000).toISOString() }]);
  } finally {
    await browser.close();
    await new Promise((resolve) => article.close(resolve));
  }

  const json = {
    embeddedAppeal: { ...embed, staticPage, ratioToStaticPage: Number(ratio(embed.requestsPerSecond, staticPage.requestsPerSecond)), floor: 0.8 },
    embeddedAppealHtml: { gzipBytes: htmlGzip, rawBytes: Buffer.byteLength(html), ceilingGzipBytes: 20 * 1024 },
    loader: { footerGzipBytes: loaderGzip.footer, bannerGzipBytes: loaderGzip.banner, ceilingGzipBytes: 3 * 1024 },
    requestsBeforeShown: { documents: asking.documents, stylesheets: asking.stylesheets, scripts: asking.scripts, ceilingDocuments: 1 },
    cumulativeLayoutShift: { newReader: asking.cls, readerWhoGave: thanked.cls, ceiling: 0 },
  };
  const verdict = (ok) => (ok ? "ok" : "ABOVE CEILING");
  return {
    rows: [
      [
        "GET /embed/footer (embedded appeal)",
        `${embed.requestsPerSecond} req/s`,
        `p99 ${embed.p99Ms} ms, non-2xx ${embed.non2xx}`,
        `${ratio(embed.requestsPerSecond, staticPage.requestsPerSecond)} of static ${staticPage.requestsPerSecond} req/s (floor 0.8)`,
      ],
      ["embedded appeal HTML (gzip)", `${htmlGzip} B`, `${Buffer.byteLength(html)} B raw`, `${verdict(htmlGzip <= 20 * 1024)} (ceiling 20 kB)`],
      ["snippet loaders (gzip)", `footer ${loaderGzip.footer} B, banner ${loaderGzip.banner} B`, "inline in the article page", `${verdict(Math.max(loaderGzip.footer, loaderGzip.banner) <= 3 * 1024)} (ceiling 3 kB)`],
      [
        "requests to the app before the appeal shows",
        `${asking.documents} document`,
        `+${asking.stylesheets} render-blocking stylesheets, ${asking.scripts} async scripts fetched, not run (sandbox); both frames`,
        `${verdict(asking.documents <= 1)} for the document (ceiling 1); stylesheets not inlined`,
      ],
      ["CLS of the article (Chromium)", `new reader ${asking.cls}`, `reader who gave ${thanked.cls}`, `${verdict(asking.cls === 0 && thanked.cls === 0)} (ceiling 0)`],
    ],
    json,
  };
}
