import { escapeHtml } from "./escape-html";

describe("escaping text for HTML", () => {
  it("turns the five characters that can end text or an attribute into entities", () => {
    expect(escapeHtml(`<a href="x?a=1&b='2'">`)).toBe("&lt;a href=&quot;x?a=1&amp;b=&#39;2&#39;&quot;&gt;");
  });

  it("leaves other text as it is", () => {
    expect(escapeHtml("Grüße, 100 % — news")).toBe("Grüße, 100 % — news");
  });
});
