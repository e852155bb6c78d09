import { checkOrigin } from "./check-origin";

const post = (headers: Record<string, string>) => new Request("https://give.example.org/api/checkout", { method: "POST", headers });
const appUrl = "https://give.example.org";

describe("the Origin check for form posts", () => {
  it("accepts a post from the app's own origin", () => {
    expect(checkOrigin(post({ Origin: "https://give.example.org" }), appUrl)).toEqual({ ok: true });
  });
  it("refuses a post from another site", () => {
    expect(checkOrigin(post({ Origin: "https://evil.example" }), appUrl)).toMatchObject({ ok: false });
  });
  it("accepts an origin explicitly allowed, such as the site that embeds the appeal", () => {
    expect(checkOrigin(post({ Origin: "https://news.example.org" }), appUrl, ["https://news.example.org"])).toEqual({ ok: true });
  });
  it("falls back to the Referer when Origin is absent", () => {
    expect(checkOrigin(post({ Referer: "https://give.example.org/?amount=10" }), appUrl)).toEqual({ ok: true });
    expect(checkOrigin(post({ Referer: "https://evil.example/page" }), appUrl)).toMatchObject({ ok: false });
  });
  it("refuses an opaque origin and a post with neither header", () => {
    expect(checkOrigin(post({ Origin: "null" }), appUrl)).toMatchObject({ ok: false, reason: "opaque origin" });
    expect(checkOrigin(post({}), appUrl)).toMatchObject({ ok: false });
  });
  it("does not take a look-alike host for the app", () => {
    expect(checkOrigin(post({ Origin: "https://give.example.org.evil.example" }), appUrl)).toMatchObject({ ok: false });
  });
});
