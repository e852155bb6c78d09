import { findTestIban } from "./test-ibans";

describe("Stripe's SEPA test IBANs in the emulator", () => {
  it("knows which test IBANs succeed and which fail, spaces and case aside", () => {
    expect(findTestIban("de89 3704 0044 0532 0130 00")).toEqual({ iban: "DE89370400440532013000", outcome: { succeeds: true, slow: false } });
    expect(findTestIban("DE62370400440532013001").outcome).toEqual({ succeeds: false, slow: false });
    expect(findTestIban("DE78370400440532013004").outcome).toEqual({ succeeds: false, slow: true });
  });

  it.each([
    ["", "Enter your IBAN."],
    ["DE8937", "Your IBAN is incomplete."],
    ["DE00370400440532013000", "Your IBAN is invalid."],
    ["DE44500105175407324931", "Your request was in test mode, but used a non test IBAN. Use a test IBAN such as DE89370400440532013000."],
  ])("refuses %j with %j", (iban, message) => {
    expect(() => findTestIban(iban)).toThrow(message);
  });
});
