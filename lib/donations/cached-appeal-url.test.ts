import regions from "./reader-currency-regions.json";
import { APPEAL_QUERY_KEYS, cachedAppealUrl } from "./cached-appeal-url";
import { readReaderPreferences } from "./read-reader-preferences";
import { supportedCurrencies } from "./supported-currencies";

const now = new Date("2026-12-02T12:00:00Z");
const get = (url: string, headers: Record<string, string> = {}, method = "GET") => cachedAppealUrl({ method, url, headers }, now);
const all = Object.keys(supportedCurrencies);

describe("cachedAppealUrl", () => {
  it.each([
    [{ "accept-language": "en-GB,en;q=0.9" }, "gbp"],
    [{ "accept-language": "en-US,en;q=0.9" }, "usd"],
    [{ "accept-language": "de-DE,de;q=0.8" }, "eur"],
    [{ "accept-language": "de-CH" }, "chf"],
    [{ "accept-language": "fr" }, "eur"],
    [{ "accept-language": "ja" }, "jpy"],
    [{ "accept-language": "en-US", "cf-ipcountry": "IE" }, "eur"],
    [{ "accept-language": "de", "x-vercel-ip-country": "SE" }, "sek"],
    [{}, "usd"],
  ])("send the plain appeal with %j to the %s page", (headers, currency) => {
    expect(get("/", headers)).toBe(`/appeal/${currency}`);
    expect(get("/", headers, "HEAD")).toBe(`/appeal/${currency}`);
  });

  it("pick the currency the dynamic page would pick, for every country and language in the table", () => {
    const cases: Record<string, string>[] = [];
    for (const country of Object.keys(regions.countries)) {
      cases.push({ "cf-ipcountry": country }, { "cf-ipcountry": country.toLowerCase(), "accept-language": "ja" });
      cases.push({ "accept-language": `en-${country}` }, { "accept-language": `fr-${country.toLowerCase()};q=0.9, de;q=1` });
    }
    for (const language of Object.keys(regions.languages)) cases.push({ "accept-language": language }, { "accept-language": `${language.toUpperCase()},en;q=0.5` });
    for (const headers of cases) {
      expect([headers, get("/", headers)]).toEqual([headers, `/appeal/${readReaderPreferences(new Headers(headers), all).currency}`]);
    }
  });

  it("keep a query string the appeal does not read", () => {
    expect(get("/?utm_source=newsletter", { "accept-language": "en-GB" })).toBe("/appeal/gbp?utm_source=newsletter");
  });

  it("leave a choice to restore or a refused form post to the dynamic page", () => {
    for (const key of APPEAL_QUERY_KEYS) expect(get(`/?utm_source=x&${key}=1`, { "accept-language": "en-GB" })).toBeNull();
  });

  it("leave a snoozed reader to the dynamic page, but not one whose snooze has passed", () => {
    const until = (iso: string) => ({ cookie: `theme=dark; appeal_snoozed_until=${encodeURIComponent(iso)}`, "accept-language": "en-GB" });
    expect(get("/", until("2026-12-09T12:00:00.000Z"))).toBeNull();
    expect(get("/", until("2026-11-30T12:00:00.000Z"))).toBe("/appeal/gbp");
    expect(get("/", { cookie: "appeal_snoozed_until=%E0%A4%A", "accept-language": "en-GB" })).toBeNull();
  });

  it("leave other paths, methods and client-side navigations alone", () => {
    expect(get("/privacy")).toBeNull();
    expect(get("/appeal/gbp")).toBeNull();
    expect(get("//")).toBeNull();
    expect(get("/", {}, "POST")).toBeNull();
    expect(get("/?_rsc=1a2b", { rsc: "1" })).toBeNull();
  });
});
