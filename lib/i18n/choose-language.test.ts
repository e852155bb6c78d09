import { chooseLanguage } from "./choose-language";

const appUrl = "https://give.example.org";
const choose = (query: string) => chooseLanguage(new URLSearchParams(query), appUrl);

describe("the language switch", () => {
  it("keeps the choice in a cookie and goes back to the page the reader was on", () => {
    const choice = choose("lang=ru&back=%2Fprivacy%3Fx%3D1");
    expect(choice).toMatchObject({ locale: "ru", backPath: "/privacy?x=1" });
    expect(choice.cookie).toMatch(/^reader_lang=ru; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure$/);
  });

  it.each(["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "privacy", ""])("sends a back address %j that is not a path of this site to /", (back) => {
    expect(choose(`lang=en&back=${encodeURIComponent(back)}`).backPath).toBe("/");
  });

  it("turns an unknown language into English", () => {
    expect(choose("lang=xx&back=/").locale).toBe("en");
    expect(choose("").locale).toBe("en");
  });
});
