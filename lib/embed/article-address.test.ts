import { articleFromEmbedReferer, parseArticleAddress, readBackUrl } from "./article-address";

const allowed = ["https://news.example.org"];

describe("the article an embedded appeal sits on", () => {
  it("keeps the path and the way back for an allowed origin, without query or fragment", () => {
    expect(parseArticleAddress("https://news.example.org/2026/12/story?utm=x#end", allowed)).toEqual({ articlePath: "/2026/12/story", backUrl: "https://news.example.org/2026/12/story" });
  });

  it("ignores a return address on an origin that may not embed us, keeping only the path", () => {
    expect(parseArticleAddress("https://evil.example/phish", allowed)).toEqual({ articlePath: "/phish", backUrl: null });
  });

  it.each([["javascript:alert(1)"], ["data:text/html,x"], ["//evil.example/x"], ["ftp://news.example.org/story"], [42], [null], ["x".repeat(2000)]])("refuses %p", (value) => {
    expect(parseArticleAddress(value, allowed)).toEqual({ articlePath: null, backUrl: null });
  });

  it("keeps markup in an address only percent-encoded", () => {
    expect(parseArticleAddress("https://news.example.org/<script>", allowed).articlePath).toBe("/%3Cscript%3E");
  });

  it("takes a bare path with no way back", () => {
    expect(parseArticleAddress("/story", allowed)).toEqual({ articlePath: "/story", backUrl: null });
  });

  it("reads the article only from our own embed frame's address", () => {
    expect(articleFromEmbedReferer("https://support.example.org/embed/footer?article=%2Fstory", "https://support.example.org")).toBe("/story");
    expect(articleFromEmbedReferer("https://evil.example/embed/footer?article=%2Fstory", "https://support.example.org")).toBeNull();
    expect(articleFromEmbedReferer("https://support.example.org/remind?article=%2Fstory", "https://support.example.org")).toBeNull();
    expect(articleFromEmbedReferer("not a url", "https://support.example.org")).toBeNull();
  });

  it("offers the way back from the cookie only while its origin is still allowed", () => {
    expect(readBackUrl("https://news.example.org/story", allowed)).toBe("https://news.example.org/story");
    expect(readBackUrl("https://news.example.org/story", [])).toBeNull();
    expect(readBackUrl("https://evil.example/story", allowed)).toBeNull();
  });
});
