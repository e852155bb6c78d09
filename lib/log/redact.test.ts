import { redact } from "./redact";

describe("redacting log fields", () => {
  it("drops fields that carry identities or secrets and keeps ids", () => {
    const out = redact({
      supporterId: "sup_1",
      email: "reader@example.org",
      name: "A Reader",
      card: { number: "4242424242424242", cvc: "123" },
      secret: "whsec_abc",
      type: "invoice.paid",
    });
    expect(out).toEqual({ supporterId: "sup_1", email: "[redacted]", name: "[redacted]", card: "[redacted]", secret: "[redacted]", type: "invoice.paid" });
  });

  it("leaves an id alone whose first groups happen to be all digits (a UUID is not a card number)", () => {
    expect(redact("reminder 50721078-0935-4450-a8f6-0df472470bb2 skipped")).toBe("reminder 50721078-0935-4450-a8f6-0df472470bb2 skipped");
    expect(redact("card 4242-4242-4242-4242 declined")).toBe("card [card] declined");
  });

  it("masks addresses, card numbers and Stripe secrets inside free text", () => {
    const text = redact("payment for reader@example.org with 4242 4242 4242 4242 using sk_test_abc123 and whsec_xyz");
    expect(text).toBe("payment for [email] with [card] using [secret] and [secret]");
  });

  it("keeps an error's message but masks what it contains", () => {
    expect(redact({ failure: new Error("no customer for someone@example.org") })).toEqual({
      failure: { error: "no customer for [email]", errorName: "Error" },
    });
  });

  it("masks addresses with subdomains and plus tags", () => {
    expect(redact("write to jane.doe+news@mail.example.co.uk or x@y.io, not a@b")).toBe("write to [email] or [email], not a@b");
  });

  it.each([
    ["a Cyrillic address", "иван@пример.рф"],
    ["a Cyrillic name at a Latin domain", "иван.петров@example.org"],
    ["an accented address", "josé.garcía@correo.es"],
    ["a Chinese address", "用户@例子.广告"],
    ["a Devanagari address with combining marks", "संपर्क@डाटामेल.भारत"],
    ["an address with a punycode domain", "ivan@xn--e1afmkfd.xn--p1ai"],
    ["an address with a full-width at sign", "иван＠пример.рф"],
  ])("masks %s, so a reader with a non-ASCII address is not logged or stored in clear", (_what, address) => {
    expect(redact(`paid by ${address} today`)).toBe("paid by [email] today");
    expect(redact({ description: `Supporter ${address}`, metadata: { note: address } })).toEqual({ description: "Supporter [email]", metadata: { note: "[email]" } });
  });

  it("gets through a megabyte of text without an address and still finds the one at its end", () => {
    // Unbounded repeats made this quadratic: minutes of blocked event loop for one 1 MB webhook body.
    const fillers = ["x".repeat(1_000_000), "a@".repeat(500_000), `a@${"b.".repeat(500_000)}`, "4".repeat(1_000_000), "я".repeat(1_000_000), "я@".repeat(500_000), `я@${"б.".repeat(500_000)}`];
    for (const filler of fillers) {
      for (const address of ["reader@example.org", "иван@пример.рф"]) {
        const out = redact({ note: `${filler} ${address}` }) as { note: string };
        expect(out.note.endsWith(" [email]")).toBe(true);
      }
    }
  });
});
