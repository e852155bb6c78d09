import { parseForm } from "./parse-form";

describe("parseForm", () => {
  it("turns Stripe's bracket keys into nested objects and arrays", () => {
    const body = new URLSearchParams({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][unit_amount]": "500",
      "line_items[0][price_data][product_data][name]": "Donation",
      "line_items[1][price]": "price_123",
      "metadata[frequency]": "once",
    }).toString();
    expect(parseForm(body)).toEqual({
      mode: "payment",
      line_items: [{ quantity: "1", price_data: { unit_amount: "500", product_data: { name: "Donation" } } }, { price: "price_123" }],
      metadata: { frequency: "once" },
    });
  });

  it("reads expand[] and indexed expand[0] the same way", () => {
    expect(parseForm("expand[]=customer&expand[]=subscription").expand).toEqual(["customer", "subscription"]);
    expect(parseForm("expand[0]=customer&expand[1]=subscription").expand).toEqual(["customer", "subscription"]);
  });

  it("keeps an empty value, which Stripe uses to unset a field", () => {
    expect(parseForm("metadata=&description=")).toEqual({ metadata: "", description: "" });
  });
});
