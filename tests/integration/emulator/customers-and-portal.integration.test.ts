// Customers through the SDK, and the billing portal: a session for a customer and its page,
// where a reader cancels a monthly donation and updates their card.
import type Stripe from "stripe";
import { monthlyDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("customers and the billing portal in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  describe("when customers are created, updated and listed", () => {
    it("keeps their details, emits customer.created/updated, and finds them by email", async () => {
      const customer = await t.stripe.customers.create({ email: "find-me@example.org", name: "Rosa", metadata: { source: "appeal" } });
      expect(customer).toMatchObject({ object: "customer", email: "find-me@example.org", name: "Rosa", metadata: { source: "appeal" }, livemode: false });
      expect(customer.id).toMatch(/^cus_/);
      const updated = await t.stripe.customers.update(customer.id, { name: "Rosa L.", metadata: { source: "", newsletter: "yes" } });
      expect(updated).toMatchObject({ name: "Rosa L.", metadata: { newsletter: "yes" } });
      expect(updated.metadata.source).toBeUndefined();
      await expect(t.stripe.customers.retrieve(customer.id)).resolves.toMatchObject({ name: "Rosa L." });
      await t.stripe.customers.create({ email: "someone-else@example.org" });
      const found = await t.stripe.customers.list({ email: "find-me@example.org" });
      expect(found.data.map((candidate) => candidate.id)).toEqual([customer.id]);
      await t.emulator.idle();
      const updatedEvent = t.receiver.events.find((event) => event.type === "customer.updated" && event.data.object.id === customer.id);
      expect(updatedEvent?.data.previous_attributes).toMatchObject({ name: "Rosa" });
      await expect(t.stripe.customers.del(customer.id)).resolves.toMatchObject({ deleted: true });
      await expect(t.stripe.customers.retrieve(customer.id)).rejects.toMatchObject({ statusCode: 404, raw: { code: "resource_missing" } });
    });
  });

  describe("when a reader opens the billing portal", () => {
    async function subscribedCustomer() {
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer_email: "portal@example.org" }));
      const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      return { customer: String(paid.body.customer), subscription: String(paid.body.subscription) };
    }
    const post = (url: string, form: Record<string, string>) => fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form), redirect: "manual" });

    it("shows the subscription with a return link, and cancels it at period end", async () => {
      const { customer, subscription } = await subscribedCustomer();
      const portal = await t.stripe.billingPortal.sessions.create({ customer, return_url: "http://127.0.0.1:3000/account" });
      expect(portal).toMatchObject({ object: "billing_portal.session", customer, return_url: "http://127.0.0.1:3000/account" });
      const page = await (await fetch(portal.url)).text();
      expect(page).toContain("per month");
      expect(page).toContain('href="http://127.0.0.1:3000/account"');
      const cancel = await post(portal.url, { action: "cancel", subscription });
      expect(cancel.status).toBe(303);
      await expect(t.stripe.subscriptions.retrieve(subscription)).resolves.toMatchObject({ cancel_at_period_end: true, status: "active" });
      expect(await (await fetch(new URL(String(cancel.headers.get("location")), portal.url))).text()).toContain("Cancels on");
    });

    it("updates the card and uses it for the subscription", async () => {
      const { customer, subscription } = await subscribedCustomer();
      const portal = await t.stripe.billingPortal.sessions.create({ customer });
      const update = await post(portal.url, { action: "update_card", cardNumber: "5555 5555 5555 4444", cardExpiry: "11 / 33", cardCvc: "123" });
      expect(update.status).toBe(303);
      const renewed = await t.stripe.subscriptions.retrieve(subscription, { expand: ["default_payment_method"] });
      expect(renewed.default_payment_method).toMatchObject({ card: { last4: "4444", brand: "mastercard", exp_month: 11, exp_year: 2033 } });
      const bad = await post(portal.url, { action: "update_card", cardNumber: "4242", cardExpiry: "11 / 33", cardCvc: "123" });
      expect(bad.status).toBe(402);
    });

    it("pays a past-due renewal with the new card", async () => {
      const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.UTC(2026, 4, 1) / 1000) });
      const customer = await t.stripe.customers.create({ email: "past-due@example.org", test_clock: clock.id });
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id }));
      const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4000000000000341" });
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + 32 * 86_400 });
      const subscription = String(paid.body.subscription);
      await expect(t.stripe.subscriptions.retrieve(subscription)).resolves.toMatchObject({ status: "past_due" });
      const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id });
      expect(await (await fetch(portal.url)).text()).toContain("Past due");
      await post(portal.url, { action: "update_card", cardNumber: "4242424242424242", cardExpiry: "12/34", cardCvc: "123" });
      const recovered = await t.stripe.subscriptions.retrieve(subscription, { expand: ["latest_invoice"] });
      expect(recovered).toMatchObject({ status: "active", latest_invoice: { status: "paid", attempt_count: 2 } });
    });

    it("deep-links to updating the payment method, and refuses a flow it does not show", async () => {
      const { customer } = await subscribedCustomer();
      const portal = await t.stripe.billingPortal.sessions.create({ customer, flow_data: { type: "payment_method_update" } });
      expect(portal.flow).toMatchObject({ type: "payment_method_update", after_completion: { type: "portal_homepage" } });
      await expect(t.stripe.billingPortal.sessions.create({ customer, flow_data: { type: "subscription_update" } })).rejects.toMatchObject({ statusCode: 400 });
    });

    it("needs an existing customer", async () => {
      await expect(t.stripe.billingPortal.sessions.create({ customer: "cus_nobody" })).rejects.toMatchObject({ statusCode: 404, raw: { param: "customer" } });
    });
  });
});
