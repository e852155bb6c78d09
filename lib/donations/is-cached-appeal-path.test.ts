import { isCachedAppealPath } from "./is-cached-appeal-path";

describe("isCachedAppealPath", () => {
  it("accept every supported currency and the default page", () => {
    for (const key of ["usd", "eur", "gbp", "jpy", "default"]) expect(isCachedAppealPath(`/appeal/${key}`)).toBe(true);
  });

  it("refuse made-up, differently cased or deeper paths under /appeal/", () => {
    for (const path of ["/appeal/zzz", "/appeal/GBP", "/appeal/", "/appeal/gbp/x", "/appeal/usd%00", "/appeal/__proto__", "/appeal/hasOwnProperty"]) {
      expect(isCachedAppealPath(path)).toBe(false);
    }
  });

  it("leave other paths alone", () => {
    for (const path of ["/", "/appeal", "/privacy", "/appealing"]) expect(isCachedAppealPath(path)).toBeNull();
  });
});
