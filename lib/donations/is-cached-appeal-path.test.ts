import { isCachedAppealPath } from "./is-cached-appeal-path";
import { localizeAppealPath } from "./localize-appeal-path";

describe("isCachedAppealPath", () => {
  it("accept every supported currency and the default page, with or without a language", () => {
    for (const key of ["usd", "eur", "gbp", "jpy", "default"]) {
      expect(isCachedAppealPath(`/appeal/${key}`)).toBe(true);
      expect(isCachedAppealPath(`/appeal/${key}/en`)).toBe(true);
      expect(isCachedAppealPath(`/appeal/${key}/ru`)).toBe(true);
    }
    expect(isCachedAppealPath("/appeal")).toBe(true);
  });

  it("refuse made-up, differently cased or deeper paths under /appeal/", () => {
    for (const path of [
      "/appeal/zzz",
      "/appeal/GBP",
      "/appeal/",
      "/appeal/gbp/x",
      "/appeal/gbp/RU",
      "/appeal/gbp/ru/x",
      "/appeal/gbp/",
      "/appeal/usd%00",
      "/appeal/__proto__",
      "/appeal/hasOwnProperty",
      "/appeal/usd/__proto__",
    ]) {
      expect(isCachedAppealPath(path)).toBe(false);
    }
  });

  it("leave other paths alone", () => {
    for (const path of ["/", "/privacy", "/appealing"]) expect(isCachedAppealPath(path)).toBeNull();
  });
});

describe("localizeAppealPath", () => {
  it("sends /appeal and /appeal/<currency> to the page of the reader's language", () => {
    expect(localizeAppealPath("/appeal", "ru")).toBe("/appeal/default/ru");
    expect(localizeAppealPath("/appeal/eur", "ru")).toBe("/appeal/eur/ru");
    expect(localizeAppealPath("/appeal/eur", "en")).toBe("/appeal/eur/en");
  });

  it("leaves a path that names its language, and other paths, alone", () => {
    expect(localizeAppealPath("/appeal/eur/en", "ru")).toBeNull();
    expect(localizeAppealPath("/privacy", "ru")).toBeNull();
  });
});
