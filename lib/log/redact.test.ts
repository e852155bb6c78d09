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

  it("gets through a megabyte of text without an address and still finds the one at its end", () => {
    // Unbounded repeats made this quadratic: minutes of blocked event loop for one 1 MB webhook body.
    for (const filler of ["x".repeat(1_000_000), "a@".repeat(500_000), `a@${"b.".repeat(500_000)}`, "4".repeat(1_000_000)]) {
      const out = redact({ note: `${filler} reader@example.org` }) as { note: string };
      expect(out.note.endsWith(" [email]")).toBe(true);
    }
  });
});
