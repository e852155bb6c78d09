import { localeFromAcceptLanguage, resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it("puts an explicit choice first, then the embedding page's lang, then Accept-Language, then English", () => {
    expect(resolveLocale({ cookie: "en", lang: "ru", acceptLanguage: "ru" })).toBe("en");
    expect(resolveLocale({ lang: "ru", acceptLanguage: "en-GB" })).toBe("ru");
    expect(resolveLocale({ acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8" })).toBe("ru");
    expect(resolveLocale({})).toBe("en");
  });

  it("reads a language with a region as the language (ru-RU, ru_RU, RU)", () => {
    expect(resolveLocale({ lang: "ru-RU" })).toBe("ru");
    expect(resolveLocale({ lang: "ru_RU" })).toBe("ru");
    expect(resolveLocale({ cookie: "RU" })).toBe("ru");
  });

  it.each([["xx"], ["klingon"], [""], ["../ru"], ["ru".repeat(40)], ["__proto__"], ["constructor"]])("skips an unknown lang %j and falls back to English", (lang) => {
    expect(resolveLocale({ lang })).toBe("en");
    expect(resolveLocale({ cookie: lang, acceptLanguage: "ru" })).toBe("ru");
  });

  it.each([
    ["", "en"],
    [";;;,,,", "en"],
    ["ru;q=abc", "en"],
    ["ru;q=0", "en"],
    ["ru;q=2", "en"],
    ["*", "en"],
    ["de-DE,de;q=0.9", "en"],
    ["%D1%80%D1%83", "en"],
    ["ру", "en"],
    ["x".repeat(10_000), "en"],
    ["de, ru;q=0.5", "ru"],
    ["en;q=0.4, ru;q=0.6", "ru"],
    ["ru;q=0.5, en;q=0.5", "ru"],
  ])("reads Accept-Language %j as %s, never throwing", (header, locale) => {
    expect(resolveLocale({ acceptLanguage: header })).toBe(locale);
  });

  it("takes no language from a header that names none of ours", () => {
    expect(localeFromAcceptLanguage("fr-CA, de")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});
