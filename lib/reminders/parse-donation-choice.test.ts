import { donationChoiceSearchParams, parseDonationChoice } from "./parse-donation-choice";

describe("the reader's donation choice on a reminder", () => {
  it("keeps frequency, amount in minor units and a lower-case currency", () => {
    expect(parseDonationChoice({ frequency: "Monthly", amount: "12.50", currency: "EUR" })).toEqual({ frequency: "MONTHLY", amount: 1250, currency: "eur" });
    expect(parseDonationChoice({ frequency: "once", amount: "500", currency: "jpy" })).toEqual({ frequency: "ONCE", amount: 500, currency: "jpy" });
  });

  it("drops what it cannot read instead of failing the sign-up", () => {
    expect(parseDonationChoice({ frequency: "weekly", amount: "1e3", currency: "eur" })).toEqual({ currency: "eur" });
    expect(parseDonationChoice({ amount: "10", currency: "zz1" })).toEqual({});
    expect(parseDonationChoice({ amount: "10.5", currency: "jpy" })).toEqual({ currency: "jpy" });
    expect(parseDonationChoice({ amount: "0", currency: "usd" })).toEqual({ currency: "usd" });
    expect(parseDonationChoice({})).toEqual({});
  });

  it("writes the choice back as the appeal's query string, in major units", () => {
    expect(donationChoiceSearchParams({ frequency: "ANNUAL", amount: 1250, currency: "eur" }).toString()).toBe("frequency=annual&amount=12.50&currency=eur");
    expect(donationChoiceSearchParams({ frequency: "ONCE", amount: 1000, currency: "usd" }).toString()).toBe("frequency=once&amount=10&currency=usd");
  });
});
