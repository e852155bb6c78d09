import { readFeeCover } from "./read-fee-cover";

describe("reading the fee cover from Stripe's metadata", () => {
  it("takes the fee when the amount is the one it was added to", () => {
    expect(readFeeCover({ fee_cover: "59", fee_cover_total: "1059" }, 1059)).toBe(59);
  });

  it("drops it once the amount changed (a supporter chose a new amount on their page)", () => {
    expect(readFeeCover({ fee_cover: "59", fee_cover_total: "1059" }, 1500)).toBe(0);
  });

  it("reads nothing from missing or malformed metadata, and never more than the total", () => {
    expect(readFeeCover(null, 1000)).toBe(0);
    expect(readFeeCover({ fee_cover: "-5", fee_cover_total: "1000" }, 1000)).toBe(0);
    expect(readFeeCover({ fee_cover: "1e3" }, 1000)).toBe(0);
    expect(readFeeCover({ fee_cover: "2000" }, 1000)).toBe(0);
  });
});
