// next.config.js sends the plain appeal to a cached page per currency; the currency it picks must
// be the one the server code (readReaderPreferences) would pick. Matched with Next's own matcher.
import type { IncomingMessage } from "node:http";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import type { RouteHas } from "next/dist/lib/load-custom-routes";
import regions from "./reader-currency-regions.json";
import { readReaderPreferences } from "./read-reader-preferences";
import { supportedCurrencies } from "./supported-currencies";

type Rewrite = { source: string; destination: string; has?: RouteHas[]; missing?: RouteHas[] };

async function appealRewrites(): Promise<Rewrite[]> {
  const config = (await import("@/next.config.js")).default as { rewrites: () => Promise<{ beforeFiles: Rewrite[] }> };
  return (await config.rewrites()).beforeFiles.filter((rule) => rule.source === "/");
}

function destinationFor(rules: Rewrite[], headers: Record<string, string>, query: Record<string, string> = {}): string | null {
  const request = { headers } as unknown as IncomingMessage;
  return rules.find((rule) => matchHas(request, query, rule.has, rule.missing) !== false)?.destination ?? null;
}

const all = Object.keys(supportedCurrencies);

describe("the appeal's rewrites", () => {
  it.each([
    [{ "accept-language": "en-GB,en;q=0.9" }],
    [{ "accept-language": "en-US,en;q=0.9" }],
    [{ "accept-language": "de-DE,de;q=0.8" }],
    [{ "accept-language": "de-CH" }],
    [{ "accept-language": "fr" }],
    [{ "accept-language": "fr-CA,fr;q=0.9" }],
    [{ "accept-language": "pt-BR" }],
    [{ "accept-language": "sv-SE" }],
    [{ "accept-language": "ja" }],
    [{ "accept-language": "en-ie" }],
    [{ "accept-language": "en-US", "cf-ipcountry": "IE" }],
    [{ "accept-language": "de", "cf-ipcountry": "BR" }],
    [{ "accept-language": "zh-Hant-TW" }],
  ])("send %j to the currency the server would choose", async (headers) => {
    const expected = readReaderPreferences(new Headers(headers), all).currency;
    expect(destinationFor(await appealRewrites(), headers)).toBe(`/appeal/${expected}`);
  });

  it("agree with the server for every country and language in the table, in any letter case", async () => {
    const rules = await appealRewrites();
    const cases: Record<string, string>[] = [];
    for (const country of Object.keys(regions.countries)) {
      cases.push({ "cf-ipcountry": country }, { "cf-ipcountry": country.toLowerCase(), "accept-language": "ja" });
      cases.push({ "accept-language": `en-${country}` }, { "accept-language": `fr-${country.toLowerCase()};q=0.9` });
    }
    for (const language of Object.keys(regions.languages)) cases.push({ "accept-language": language }, { "accept-language": `${language.toUpperCase()},en;q=0.5` });
    for (const headers of cases) {
      const expected = readReaderPreferences(new Headers(headers), all).currency;
      expect([headers, destinationFor(rules, headers)]).toEqual([headers, `/appeal/${expected}`]);
    }
  });

  it("send a reader with no language to the default page", async () => {
    expect(destinationFor(await appealRewrites(), {})).toBe("/appeal/default");
  });

  it("leave a prefilled or refused appeal to the dynamic page", async () => {
    const rules = await appealRewrites();
    for (const key of ["frequency", "amount", "currency", "source", "error", "cancelled"]) {
      expect(destinationFor(rules, { "accept-language": "en-GB" }, { [key]: "x" })).toBeNull();
    }
    expect(destinationFor(rules, { "accept-language": "en-GB" }, { utm_source: "newsletter" })).toBe("/appeal/gbp");
  });
});
