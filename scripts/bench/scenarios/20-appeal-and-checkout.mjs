// The appeal and checkout: GET / (rewritten by proxy.ts) and GET /appeal/gbp against the static-page baseline, the appeal's first-load JS
// against a bare page (/privacy), and checkout creation against the emulator (JSON POST
// /api/checkout) against the trivial POST baseline, with p99 at 50 connections.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "../../db/schema-engine.mjs";

export const name = "appeal and checkout";

async function firstLoadGzipBytes(route) {
  const stats = JSON.parse(await readFile(path.join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
  const entry = stats.find((r) => r.route === route);
  if (!entry) throw new Error(`route ${route} is not in route-bundle-stats.json`);
  let gzip = 0;
  for (const chunk of entry.firstLoadChunkPaths) gzip += gzipSync(await readFile(path.join(root, chunk))).length;
  return { raw: entry.firstLoadUncompressedJsBytes, gzip };
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "n/a");

export async function run({ app, aroundBaseline, load, duration }) {
  const appealHeaders = { "accept-language": "en-GB,en;q=0.9" };
  // Warmed up as the baselines are (its first request also renders the page into the cache).
  await load({ url: `${app.baseUrl}/`, headers: appealHeaders, duration: 2, connections: 10 });
  const { result: appeal, baseline: staticPage } = await aroundBaseline("staticPage", () => load({ url: `${app.baseUrl}/`, duration, headers: appealHeaders }));
  // The per-currency page itself (what proxy.ts rewrites / to), as a CDN in front would ask for it.
  await load({ url: `${app.baseUrl}/appeal/gbp`, duration: 2, connections: 10 });
  const { result: currencyPage, baseline: currencyStatic } = await aroundBaseline("staticPage", () => load({ url: `${app.baseUrl}/appeal/gbp`, duration }));
  const appealJs = await firstLoadGzipBytes("/");
  const bareJs = await firstLoadGzipBytes("/privacy");
  const extraKb = (appealJs.gzip - bareJs.gzip) / 1024;

  const body = JSON.stringify({ frequency: "once", amount: "10", currency: "usd", source: "bench" });
  const headers = { "content-type": "application/json", accept: "application/json" };
  await load({ url: `${app.baseUrl}/api/checkout`, method: "POST", headers, body, duration: 2, connections: 10 });
  const { result: checkout, baseline: trivialPost } = await aroundBaseline("trivialPost", () => load({ url: `${app.baseUrl}/api/checkout`, method: "POST", headers, body, duration, connections: 50 }));

  const json = {
    appeal: { ...appeal, staticPage, ratioToStaticPage: Number(ratio(appeal.requestsPerSecond, staticPage.requestsPerSecond)), floor: 0.8 },
    currencyAppeal: { ...currencyPage, staticPage: currencyStatic, ratioToStaticPage: Number(ratio(currencyPage.requestsPerSecond, currencyStatic.requestsPerSecond)), floor: 0.8 },
    appealFirstLoadJs: { appealGzipBytes: appealJs.gzip, barePageGzipBytes: bareJs.gzip, extraGzipBytes: appealJs.gzip - bareJs.gzip, ceilingExtraBytes: 20 * 1024 },
    checkout: { ...checkout, trivialPost, ratioToTrivialPost: Number(ratio(checkout.requestsPerSecond, trivialPost.requestsPerSecond)), floor: 0.3 },
  };
  return {
    rows: [
      [
        "GET / (appeal)",
        `${appeal.requestsPerSecond} req/s`,
        `p99 ${appeal.p99Ms} ms, non-2xx ${appeal.non2xx}`,
        `${ratio(appeal.requestsPerSecond, staticPage.requestsPerSecond)} of static ${staticPage.requestsPerSecond} req/s (floor 0.8)`,
      ],
      [
        "GET /appeal/gbp (per-currency appeal)",
        `${currencyPage.requestsPerSecond} req/s`,
        `p99 ${currencyPage.p99Ms} ms, non-2xx ${currencyPage.non2xx}`,
        `${ratio(currencyPage.requestsPerSecond, currencyStatic.requestsPerSecond)} of static ${currencyStatic.requestsPerSecond} req/s (floor 0.8)`,
      ],
      ["appeal first-load JS (gzip)", `${appealJs.gzip} B`, `bare page ${bareJs.gzip} B`, `+${extraKb.toFixed(1)} kB (ceiling +20 kB)`],
      [
        "POST /api/checkout (emulator)",
        `${checkout.requestsPerSecond} req/s`,
        `p50 ${checkout.p50Ms} ms, p99 ${checkout.p99Ms} ms @50, non-2xx ${checkout.non2xx}`,
        `${ratio(checkout.requestsPerSecond, trivialPost.requestsPerSecond)} of trivial POST ${trivialPost.requestsPerSecond} req/s (floor 0.3)`,
      ],
    ],
    json,
  };
}
