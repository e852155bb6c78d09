import { readCampaignForm, type CampaignFormValues } from "./read-campaign-form";

const valid: CampaignFormValues = { goalKind: "money", goalAmount: "5000", currency: "usd", startsOn: "2026-12-01", endsOn: "2026-12-31" };
const read = (changes: Partial<CampaignFormValues>) => readCampaignForm({ ...valid, ...changes }, "usd");

describe("reading the campaign form", () => {
  it("turns a money goal into minor units of the settlement currency", () => {
    expect(read({ goalAmount: "5000.50" })).toEqual({ ok: true, campaign: { goalKind: "money", goal: 500050, currency: "usd", startsOn: "2026-12-01", endsOn: "2026-12-31" } });
  });

  it("takes a goal of new supporters as a whole number", () => {
    expect(read({ goalKind: "supporters", goalAmount: "250", currency: "" })).toMatchObject({ ok: true, campaign: { goalKind: "supporters", goal: 250 } });
  });

  it("accepts a campaign of a single day", () => {
    expect(read({ endsOn: "2026-12-01" })).toMatchObject({ ok: true });
  });

  it.each([["0"], ["-5"], [""], ["ten"], ["12.345"]])("refuses a money goal of %p with a clear reason", (goalAmount) => {
    expect(read({ goalAmount })).toEqual({ ok: false, errors: ["The goal must be an amount above zero in USD, such as 5000 or 5000.50"] });
  });

  it.each([["0"], ["2.5"], ["-1"]])("refuses a supporters goal of %p", (goalAmount) => {
    expect(read({ goalKind: "supporters", goalAmount })).toEqual({ ok: false, errors: ["The goal must be a whole number of new supporters above zero, such as 500"] });
  });

  it("refuses an end before the start", () => {
    expect(read({ startsOn: "2026-12-31", endsOn: "2026-12-01" })).toEqual({ ok: false, errors: ["The end must not be before the start"] });
  });

  it("refuses days that do not exist", () => {
    expect(read({ startsOn: "2026-02-30", endsOn: "tomorrow" })).toEqual({ ok: false, errors: ["The start must be a day, such as 2026-12-01", "The end must be a day, such as 2026-12-31"] });
  });

  it("refuses an unknown currency", () => {
    expect(read({ currency: "xyz" })).toEqual({ ok: false, errors: [expect.stringContaining('The currency "XYZ" is not one the app knows')] });
  });

  it("refuses a known currency other than the settlement currency", () => {
    expect(read({ currency: "eur" })).toEqual({ ok: false, errors: ["A money goal is counted in the settlement currency, USD, not EUR"] });
  });

  it("refuses a goal kind it does not know", () => {
    expect(read({ goalKind: "likes" })).toMatchObject({ ok: false, errors: ["Choose what the goal counts: money raised or new supporters"] });
  });
});
