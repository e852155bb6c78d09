import { hashToken, newConfirmToken, signReminderLink, verifyReminderLink } from "./sign-reminder-link";

// The link key is derived from settings; a unit test needs no database, only a valid URL.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:1/unused";

describe("reminder link tokens", () => {
  it("gives back the reminder id for a token it signed", () => {
    expect(verifyReminderLink("cancel", signReminderLink("cancel", "rem_1"))).toBe("rem_1");
  });

  it("refuses a token signed for another purpose, another reminder, or made up", () => {
    const click = signReminderLink("click", "rem_1");
    expect(verifyReminderLink("cancel", click)).toBeUndefined();
    expect(verifyReminderLink("click", click.replace("rem_1", "rem_2"))).toBeUndefined();
    expect(verifyReminderLink("click", "rem_1.forged")).toBeUndefined();
    expect(verifyReminderLink("click", "")).toBeUndefined();
  });

  it("makes fresh confirmation tokens whose stored hash does not reveal them", () => {
    const token = newConfirmToken();
    expect(token).not.toBe(newConfirmToken());
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });
});
