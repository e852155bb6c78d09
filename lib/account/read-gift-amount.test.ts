import { getDonationOptions } from "../donations/donation-options";
import { readGiftAmount } from "./read-gift-amount";

const options = getDonationOptions({ currencies: ["usd", "jpy"], defaultFrequency: "monthly", minAmount: "2", maxAmount: "1000" });

describe("a new amount for a recurring gift", () => {
  it("is read in the gift's currency and kept within the appeal's bounds", () => {
    expect(readGiftAmount(options, "usd", "12.50")).toEqual({ ok: true, amount: 1250 });
    expect(readGiftAmount(options, "usd", "2")).toEqual({ ok: true, amount: 200 });
    expect(readGiftAmount(options, "usd", "1000")).toEqual({ ok: true, amount: 100000 });
  });

  it("refuses amounts outside the bounds, with too many decimals, or not numbers", () => {
    for (const text of ["1.99", "1000.01", "5.555", "-5", "abc", "", undefined]) expect(readGiftAmount(options, "usd", text)).toEqual({ ok: false, error: "amount-bounds" });
  });

  it("refuses a currency the appeal no longer offers", () => {
    expect(readGiftAmount(options, "eur", "10")).toEqual({ ok: false, error: "currency-unavailable" });
  });
});
