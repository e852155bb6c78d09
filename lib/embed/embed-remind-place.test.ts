import { embedRemindPath, frameLocale, readEmbedRemindPlace } from "./embed-remind-place";

const allowed = ["https://news.example.org"];

describe("the place of the embedded Remind me later", () => {
  it("keeps an allowed article's address, and only the path of an article elsewhere", () => {
    expect(readEmbedRemindPlace({ placement: "footer", variant: "c", article: "https://news.example.org/2026/story" }, allowed)).toEqual({
      attribution: { placement: "footer", variant: "c", articlePath: "/2026/story" },
      article: "https://news.example.org/2026/story",
    });
    expect(readEmbedRemindPlace({ placement: "footer", variant: "a", article: "https://evil.example/phish" }, allowed).article).toBe("/phish");
  });

  it("drops a forged placement with everything else, and a forged variant or article on its own", () => {
    expect(readEmbedRemindPlace({ placement: "sidebar", variant: "a", article: "/news/one" }, allowed)).toEqual({ attribution: { placement: null, variant: null, articlePath: null }, article: null });
    expect(readEmbedRemindPlace({ placement: "banner", variant: "e", article: "javascript:alert(1)" }, allowed)).toEqual({
      attribution: { placement: "banner", variant: null, articlePath: null },
      article: null,
    });
  });

  it("builds the frame's address with the place and one outcome", () => {
    const place = readEmbedRemindPlace({ placement: "footer", variant: "b", article: "/news/one" }, allowed);
    expect(embedRemindPath("ru", place)).toBe("/embed/remind/ru?placement=footer&variant=b&article=%2Fnews%2Fone");
    expect(embedRemindPath("en", place, { snoozed: 30 })).toBe("/embed/remind/en?placement=footer&variant=b&article=%2Fnews%2Fone&snoozed=30");
    expect(embedRemindPath("en", place, { error: "invalid_month", when: "chosen-month", month: "2027-03" })).toBe(
      "/embed/remind/en?placement=footer&variant=b&article=%2Fnews%2Fone&error=invalid_month&when=chosen-month&month=2027-03",
    );
    expect(embedRemindPath("en", readEmbedRemindPlace({}, allowed), { sent: "2027-03" })).toBe("/embed/remind/en?sent=2027-03");
  });

  it("answers in the frame's language, else the reader's", () => {
    expect(frameLocale("ru", new Headers({ "accept-language": "en" }))).toBe("ru");
    expect(frameLocale("xx", new Headers({ "accept-language": "ru-RU" }))).toBe("ru");
  });
});
