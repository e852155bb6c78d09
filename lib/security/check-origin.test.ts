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

describe("form posts from the embedded appeal's sandboxed frame (Origin: null)", () => {
  it("accepts our own embed frame, whose Referer is one of our /embed/ pages", () => {
    expect(checkOrigin(post({ Origin: "null", Referer: "https://give.example.org/embed/footer?article=%2Fstory" }), appUrl)).toEqual({ ok: true });
  });
  it("refuses a hostile page's sandboxed frame that hides its Referer", () => {
    expect(checkOrigin(post({ Origin: "null" }), appUrl)).toMatchObject({ ok: false, reason: "opaque origin" });
  });
  it("refuses a hostile page's sandboxed frame that shows its own Referer", () => {
    expect(checkOrigin(post({ Origin: "null", Referer: "https://evil.example/embed/footer" }), appUrl)).toMatchObject({ ok: false });
  });
  it("refuses a sandboxed frame of one of our pages that is not the embed", () => {
    expect(checkOrigin(post({ Origin: "null", Referer: "https://give.example.org/remind" }), appUrl)).toMatchObject({ ok: false });
  });
  it("refuses a look-alike host posing as our embed", () => {
    expect(checkOrigin(post({ Origin: "null", Referer: "https://give.example.org.evil.example/embed/footer" }), appUrl)).toMatchObject({ ok: false });
  });
  it("does not let an allowed embedding site's sandboxed frame through on its Referer", () => {
    expect(checkOrigin(post({ Origin: "null", Referer: "https://news.example.org/story" }), appUrl, ["https://news.example.org"])).toMatchObject({ ok: false });
  });
});
