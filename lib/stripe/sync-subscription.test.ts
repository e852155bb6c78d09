import { frequencyOf, subscriptionStatusOf } from "./sync-subscription";

describe("a Stripe subscription in the ledger's words", () => {
  it("is monthly or annual by its price's interval", () => {
    expect(frequencyOf("month")).toBe("MONTHLY");
    expect(frequencyOf("year")).toBe("ANNUAL");
  });
  it("keeps Stripe's status, past due included", () => {
    expect(subscriptionStatusOf("active")).toBe("ACTIVE");
    expect(subscriptionStatusOf("past_due")).toBe("PAST_DUE");
    expect(subscriptionStatusOf("canceled")).toBe("CANCELED");
    expect(subscriptionStatusOf("incomplete_expired")).toBe("INCOMPLETE_EXPIRED");
  });
  it("treats a status it does not know as incomplete rather than active", () => {
    expect(subscriptionStatusOf("something_new")).toBe("INCOMPLETE");
  });
});
