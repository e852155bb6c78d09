import { declineFor, findTestCard, needsAuthentication } from "./test-cards";

describe("Stripe's test cards", () => {
  it("knows what each card does at checkout and on renewal", () => {
    expect(declineFor(findTestCard("4242 4242 4242 4242").behaviour, false)).toBeUndefined();
    expect(declineFor(findTestCard("4000000000000002").behaviour, false)).toMatchObject({ declineCode: "generic_decline" });
    expect(declineFor(findTestCard("4000000000009995").behaviour, false)).toMatchObject({ declineCode: "insufficient_funds" });
    const renewalFails = findTestCard("4000-0000-0000-0341").behaviour;
    expect(declineFor(renewalFails, false)).toBeUndefined();
    expect(declineFor(renewalFails, true)).toMatchObject({ code: "card_declined" });
  });

  it("asks for 3-D Secure with 4000 0027 6000 3184 on renewals, off session, and never declines it", () => {
    const threeDSecure = findTestCard("4000 0027 6000 3184").behaviour;
    expect(needsAuthentication(threeDSecure, true)).toBe(true);
    expect(needsAuthentication(threeDSecure, false)).toBe(false);
    expect(declineFor(threeDSecure, true)).toBeUndefined();
    expect(needsAuthentication(findTestCard("4242424242424242").behaviour, true)).toBe(false);
  });

  it("refuses a mistyped number and a real card", () => {
    expect(() => findTestCard("4242 4242 4242 4241")).toThrow("Your card number is incorrect.");
    expect(() => findTestCard("4012888888881881")).toThrow(/non test/);
  });
});
