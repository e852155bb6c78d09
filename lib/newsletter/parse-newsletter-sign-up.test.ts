import { parseNewsletterSignUp } from "./parse-newsletter-sign-up";

describe("a newsletter sign-up's fields", () => {
  it("are refused without the consent box ticked, whatever else is right", () => {
    expect(parseNewsletterSignUp({ email: "reader@example.org" })).toEqual({ ok: false, code: "missing_consent", field: "consent" });
    expect(parseNewsletterSignUp({ email: "reader@example.org", consent: "" })).toEqual({ ok: false, code: "missing_consent", field: "consent" });
  });

  it("need an address that looks right", () => {
    expect(parseNewsletterSignUp({ consent: "on" })).toMatchObject({ ok: false, code: "missing_email" });
    expect(parseNewsletterSignUp({ consent: "on", email: "no-at-sign" })).toMatchObject({ ok: false, code: "invalid_email" });
    expect(parseNewsletterSignUp({ consent: "on", email: " reader@example.org ", source: "remind" })).toEqual({ ok: true, signUp: { address: { email: "reader@example.org" }, source: "remind" } });
  });

  it("take the gift's address on the thank-you page only, from a Checkout Session id", () => {
    expect(parseNewsletterSignUp({ consent: "on", source: "thank-you", session_id: "cs_test_a1b2c3d4e5" })).toEqual({ ok: true, signUp: { address: { checkoutSessionId: "cs_test_a1b2c3d4e5" }, source: "thank-you" } });
    expect(parseNewsletterSignUp({ consent: "on", source: "newsletter-page", session_id: "cs_test_a1b2c3d4e5" })).toMatchObject({ ok: false, code: "missing_email" });
    expect(parseNewsletterSignUp({ consent: "on", source: "thank-you", session_id: "pi_123" })).toMatchObject({ ok: false, code: "missing_email" });
  });
});
