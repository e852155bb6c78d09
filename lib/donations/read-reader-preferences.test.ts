import { readReaderPreferences } from "./read-reader-preferences";

const read = (headers: Record<string, string>) => readReaderPreferences(new Headers(headers), ["usd", "eur", "gbp"]);

describe("readReaderPreferences", () => {
  it("offers pounds to a British reader and opens Checkout in British English", () => {
    expect(read({ "accept-language": "en-GB,en;q=0.9" })).toEqual({ locale: "en-GB", currency: "gbp" });
  });

  it("offers euros in the euro area and picks the language Stripe knows", () => {
    expect(read({ "accept-language": "de-AT,de;q=0.8" })).toEqual({ locale: "de", currency: "eur" });
    expect(read({ "accept-language": "fr" })).toEqual({ locale: "fr", currency: "eur" });
  });

  it("prefers a country header from the CDN over the language region", () => {
    expect(read({ "accept-language": "en-US", "cf-ipcountry": "IE" })).toEqual({ locale: "en", currency: "eur" });
  });

  it("falls back to the first configured currency and Stripe's automatic locale", () => {
    expect(read({})).toEqual({ locale: "auto", currency: "usd" });
    expect(readReaderPreferences(new Headers({ "accept-language": "ja-JP" }), ["eur", "gbp"])).toEqual({ locale: "ja", currency: "eur" });
  });

  it("gives a reader with nothing to go on the newsroom's default, not dollars", () => {
    for (const headers of [{}, { "accept-language": "en" }, { "accept-language": "ko,zh;q=0.5" }] as Record<string, string>[]) {
      expect(readReaderPreferences(new Headers(headers), ["gbp", "usd", "eur"]).currency).toBe("gbp");
    }
    // A country the table does not know still points somewhere: dollars, where they are offered.
    expect(readReaderPreferences(new Headers({ "cf-ipcountry": "KE" }), ["gbp", "usd"]).currency).toBe("usd");
  });

  it("ignores malformed language tags", () => {
    expect(read({ "accept-language": "<script>, ;q=abc" })).toEqual({ locale: "auto", currency: "usd" });
  });
});
