import { parseArticlePath, parseAttribution } from "./attribution";

describe("attribution from a reader's browser", () => {
  it("keeps a known placement and variant and the article's path without query or fragment", () => {
    expect(parseAttribution({ placement: "footer", variant: "b", articlePath: "/2026/12/story?utm_source=x#end" })).toEqual({ placement: "footer", variant: "b", articlePath: "/2026/12/story" });
  });

  it("ignores a forged placement, and with it the rest", () => {
    expect(parseAttribution({ placement: "sidebar", variant: "a", articlePath: "/story" })).toEqual({ placement: null, variant: null, articlePath: null });
  });

  it("ignores a forged variant or article path but keeps the placement", () => {
    expect(parseAttribution({ placement: "banner", variant: "z", articlePath: "https://evil.example/x" })).toEqual({ placement: "banner", variant: null, articlePath: null });
  });

  it.each([["//evil.example/x"], ["story"], ["/a b"], ['/a"onload'], ["/<script>"], [`/${"x".repeat(600)}`], [42], [null]])("refuses %p as an article path", (value) => {
    expect(parseArticlePath(value)).toBeNull();
  });
});
