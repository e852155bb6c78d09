import regions from "./reader-currency-regions.json";
import { cachedAppealUrl } from "./cached-appeal-url";
import { getDonationOptions } from "./donation-options";
import { readAppealPrefill } from "./read-appeal-prefill";
import { readReaderPreferences } from "./read-reader-preferences";

const now = new Date("2026-12-02T12:00:00Z");
const get = (url: string, headers: Record<string, string> = {}, method = "GET") => cachedAppealUrl({ method, url, headers }, now);

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
    [{ "cf-ipcountry": "KE" }, "usd"],
    [{ "accept-language": "en" }, "default"],
    [{}, "default"],
  ])("send the plain appeal with %j to the %s page", (headers, page) => {
    expect(get("/", headers)).toBe(`/appeal/${page}`);
    expect(get("/", headers, "HEAD")).toBe(`/appeal/${page}`);
  });

  it("show every reader the currency the dynamic page would show, whatever the newsroom offers", () => {
    const cases: Record<string, string>[] = [{}, { "accept-language": "en" }, { "accept-language": "ko,zh;q=0.5" }, { "cf-ipcountry": "KE" }];
    for (const country of Object.keys(regions.countries)) {
      cases.push({ "cf-ipcountry": country }, { "cf-ipcountry": country.toLowerCase(), "accept-language": "ja" });
      cases.push({ "accept-language": `en-${country}` }, { "accept-language": `fr-${country.toLowerCase()};q=0.9, de;q=1` });
    }
    for (const language of Object.keys(regions.languages)) cases.push({ "accept-language": language }, { "accept-language": `${language.toUpperCase()},en;q=0.5` });
    // A pound-first newsroom, and one that offers no dollars at all.
    for (const currencies of [
      ["gbp", "eur", "usd"],
      ["eur", "sek", "gbp"],
    ]) {
      const options = getDonationOptions({ currencies, defaultFrequency: "monthly", minAmount: "2", maxAmount: "10000" });
      for (const headers of cases) {
        const dynamic = readAppealPrefill({}, options, readReaderPreferences(new Headers(headers), currencies).currency).initial.currency;
        const key = get("/", headers)!.slice("/appeal/".length);
        const cached = readAppealPrefill({}, options, key).initial.currency;
        expect([currencies, headers, cached]).toEqual([currencies, headers, dynamic]);
      }
    }
  });

  it("keep a query string the appeal does not read", () => {
    expect(get("/?utm_source=newsletter", { "accept-language": "en-GB" })).toBe("/appeal/gbp?utm_source=newsletter");
  });

  it("leave a choice to restore or a refused form post to the dynamic page", () => {
    for (const key of ["frequency", "amount", "currency", "source", "error", "cancelled"]) {
      expect(get(`/?utm_source=x&${key}=1`, { "accept-language": "en-GB" })).toBeNull();
    }
  });

  it("leave a snoozed reader to the dynamic page, but not one whose snooze has passed", () => {
    const cookie = (value: string) => ({ cookie: value, "accept-language": "en-GB" });
    const until = (iso: string) => `appeal_snoozed_until=${encodeURIComponent(iso)}`;
    expect(get("/", cookie(`theme=dark; ${until("2026-12-09T12:00:00.000Z")}`))).toBeNull();
    expect(get("/", cookie(until("2026-11-30T12:00:00.000Z")))).toBe("/appeal/gbp");
    // Read as Next reads it for the page: the last one wins, one that cannot be decoded is skipped.
    expect(get("/", cookie(`${until("2026-11-30T12:00:00.000Z")}; ${until("2026-12-09T12:00:00.000Z")}`))).toBeNull();
    expect(get("/", cookie(`${until("2026-12-09T12:00:00.000Z")}; appeal_snoozed_until=%E0%A4%A`))).toBeNull();
    expect(get("/", cookie("appeal_snoozed_until=%E0%A4%A"))).toBe("/appeal/gbp");
  });

  it("leave other paths, methods and client-side navigations alone", () => {
    expect(get("/privacy")).toBeNull();
    expect(get("/appeal/gbp")).toBeNull();
    expect(get("//")).toBeNull();
    expect(get("/", {}, "POST")).toBeNull();
    expect(get("/?_rsc=1a2b", { rsc: "1" })).toBeNull();
  });
});
