// Stripe's wire behaviour: authentication, error shapes and statuses, idempotency keys, list
// pagination, the Events API, and webhook delivery (signatures, retries, chaos), reset and
// state kept in a file across restarts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulatorServer } from "@/emulator/create-emulator-server";
import { createStripeClient } from "@/lib/stripe/create-stripe-client";
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("the emulator's wire behaviour", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  describe("when a request is invalid", () => {
    it("answers 401 without a test secret key", async () => {
      const live = createStripeClient("sk_live_not_allowed", t.emulator.url);
      await expect(live.customers.list()).rejects.toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 });
    });

    it("answers 400 parameter_missing, 404 resource_missing and 400 for a bad amount, in Stripe's shape", async () => {
      await expect(t.stripe.checkout.sessions.create({ mode: "payment" })).rejects.toMatchObject({
        type: "StripeInvalidRequestError",
        statusCode: 400,
        raw: { type: "invalid_request_error", code: "parameter_missing", param: "line_items", message: "Missing required param: line_items." },
      });
      await expect(t.stripe.customers.retrieve("cus_doesnotexist")).rejects.toMatchObject({
        statusCode: 404,
        raw: { type: "invalid_request_error", code: "resource_missing", param: "id", message: "No such customer: 'cus_doesnotexist'" },
      });
      await expect(t.stripe.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({ statusCode: 404 });
      await expect(t.stripe.subscriptions.retrieve("sub_missing")).rejects.toMatchObject({ statusCode: 404 });
      await expect(t.stripe.invoices.retrieve("in_missing")).rejects.toMatchObject({ statusCode: 404 });
      await expect(t.stripe.events.retrieve("evt_missing")).rejects.toMatchObject({ statusCode: 404 });
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: -5, product_data: { name: "Negative" } } }] }))).rejects.toMatchObject({
        statusCode: 400,
        raw: { param: "line_items[0][price_data][unit_amount]" },
      });
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 12.5, product_data: { name: "Fractional" } } }] }))).rejects.toMatchObject({
        statusCode: 400,
        raw: { code: "parameter_invalid_integer", param: "line_items[0][price_data][unit_amount]" },
      });
    });

    it("answers 404 for an endpoint it does not emulate", async () => {
      await expect(t.stripe.coupons.list()).rejects.toMatchObject({ statusCode: 404, raw: { type: "invalid_request_error" } });
    });
  });

  describe("when a request carries an Idempotency-Key", () => {
    it("replays the first response for the same parameters", async () => {
      const first = await t.stripe.customers.create({ email: "once@example.org" }, { idempotencyKey: "create-once" });
      const created = (await t.stripe.events.list({ type: "customer.created", limit: 1 })).data[0];
      expect(created?.request).toEqual({ id: first.lastResponse.requestId, idempotency_key: "create-once" });
      const second = await t.stripe.customers.create({ email: "once@example.org" }, { idempotencyKey: "create-once" });
      expect(second.id).toBe(first.id);
      expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
      const matches = await t.stripe.customers.list({ email: "once@example.org" });
      expect(matches.data).toHaveLength(1);
    });

    it("answers an idempotency_error for other parameters", async () => {
      await t.stripe.customers.create({ email: "first@example.org" }, { idempotencyKey: "reused-key" });
      await expect(t.stripe.customers.create({ email: "second@example.org" }, { idempotencyKey: "reused-key" })).rejects.toMatchObject({
        type: "StripeIdempotencyError",
        statusCode: 400,
        raw: { type: "idempotency_error" },
      });
    });
  });

  describe("when lists are paged", () => {
    it("follows limit, starting_after, ending_before and has_more, newest first", async () => {
      const email = "paging@example.org";
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await t.stripe.customers.create({ email })).id);
      const newest = [...created].reverse();
      const page1 = await t.stripe.customers.list({ email, limit: 2 });
      expect(page1.data.map((c) => c.id)).toEqual(newest.slice(0, 2));
      expect(page1.has_more).toBe(true);
      const page2 = await t.stripe.customers.list({ email, limit: 2, starting_after: page1.data[1]?.id });
      expect(page2.data.map((c) => c.id)).toEqual(newest.slice(2, 4));
      const page3 = await t.stripe.customers.list({ email, limit: 2, starting_after: page2.data[1]?.id });
      expect(page3).toMatchObject({ has_more: false });
      expect(page3.data.map((c) => c.id)).toEqual(newest.slice(4));
      const before = await t.stripe.customers.list({ email, limit: 2, ending_before: newest[3] });
      expect(before.data.map((c) => c.id)).toEqual(newest.slice(1, 3));
      const all: string[] = [];
      for await (const customer of t.stripe.customers.list({ email, limit: 2 })) all.push(customer.id);
      expect(all).toEqual(newest);
      await expect(t.stripe.customers.list({ limit: 101 })).rejects.toMatchObject({ statusCode: 400, raw: { param: "limit" } });
      await expect(t.stripe.customers.list({ starting_after: "cus_unknown" })).rejects.toMatchObject({ statusCode: 404, raw: { param: "starting_after" } });
    });
  });

  describe("when events are listed", () => {
    it("filters by type (with wildcards), by created, and pages", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer_creation: "always" }));
      await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      const completed = await t.stripe.events.list({ type: "checkout.session.completed", limit: 1 });
      const event = completed.data[0];
      if (event?.type !== "checkout.session.completed") throw new Error("expected a checkout.session.completed event");
      expect(event.data.object.id).toBe(session.id);
      expect(event).toMatchObject({ object: "event", api_version: "2026-11-18.endive", livemode: false });
      await expect(t.stripe.events.retrieve(event.id)).resolves.toMatchObject({ id: event.id });
      const payments = await t.stripe.events.list({ type: "payment_intent.*", limit: 100 });
      expect(new Set(payments.data.map((e) => e.type))).toEqual(new Set(["payment_intent.created", "payment_intent.succeeded"]));
      const later = await t.stripe.events.list({ created: { gt: event.created + 3600 } });
      expect(later.data).toEqual([]);
      const recent = await t.stripe.events.list({ created: { gte: event.created }, limit: 3 });
      expect(recent.data).toHaveLength(3);
      expect(recent.has_more).toBe(true);
    });
  });

  describe("when webhooks are delivered", () => {
    it("signs each one so stripe.webhooks.constructEvent verifies it", async () => {
      await t.stripe.customers.create({ email: "signed@example.org" });
      await t.emulator.idle();
      expect(t.receiver.events.length).toBeGreaterThan(0);
      expect(t.receiver.rejected).toEqual([]);
      const delivered = t.emulator.deliveries.at(-1);
      expect(delivered).toMatchObject({ status: 200, attempt: 1 });
    });

    it("retries a delivery answered with 5xx until it is accepted", async () => {
      t.receiver.failNext([500, 503]);
      const customer = await t.stripe.customers.create({ email: "retry@example.org" });
      await t.emulator.idle();
      const event = (await t.stripe.events.list({ type: "customer.created", limit: 1 })).data[0];
      if (event?.type !== "customer.created" || event.data.object.id !== customer.id) throw new Error("expected the customer's customer.created event");
      const attempts = t.emulator.deliveries.filter((delivery) => delivery.eventId === event.id);
      expect(attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
      expect(t.receiver.events.filter((event) => event.type === "customer.created" && event.data.object.id === customer.id)).toHaveLength(1);
    });

    it("retries a delivery that times out", async () => {
      t.receiver.failNext(["hang"]);
      const customer = await t.stripe.customers.create({ email: "slow-endpoint@example.org" });
      await t.emulator.idle();
      const event = (await t.stripe.events.list({ type: "customer.created", limit: 1 })).data[0];
      if (event?.type !== "customer.created" || event.data.object.id !== customer.id) throw new Error("expected the customer's customer.created event");
      expect(t.emulator.deliveries.filter((delivery) => delivery.eventId === event.id).map((attempt) => attempt.status)).toEqual(["timeout", 200]);
    });

    it("duplicates and reorders deliveries when chaos is on", async () => {
      const chaos = await t.control("chaos", { duplicateRate: 1, reorder: true, seed: 7 });
      expect(chaos.body).toMatchObject({ duplicateRate: 1, reorder: true });
      const start = t.receiver.events.length;
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer_creation: "always" }));
      await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      await t.emulator.idle();
      t.emulator.setChaos({});
      const delivered = t.receiver.events.slice(start);
      expect(delivered).toHaveLength(12);
      const ids = delivered.map((event) => event.id);
      expect(new Set(ids).size).toBe(6);
      const inOrder = ["customer.created", "payment_method.attached", "payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"];
      const firstSeen = delivered.map((event) => event.type).filter((type, index, types) => types.indexOf(type) === index);
      expect(firstSeen).not.toEqual(inOrder);
      expect(new Set(firstSeen)).toEqual(new Set(inOrder));
    });
  });

  describe("when state is reset", () => {
    it("forgets every object", async () => {
      const scratch = await startTestEmulator();
      try {
        const customer = await scratch.stripe.customers.create({ email: "forget@example.org" });
        expect((await scratch.control("reset")).status).toBe(200);
        await expect(scratch.stripe.customers.retrieve(customer.id)).rejects.toMatchObject({ statusCode: 404 });
      } finally {
        await scratch.close();
      }
    });
  });

  describe("when the emulator restarts with a state file", () => {
    it("still knows its customers and subscriptions", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "stripe-emulator-state-"));
      const stateFile = path.join(dir, "state.json");
      try {
        const first = createEmulatorServer({ stateFile, log: () => {} });
        const { url } = await first.listen(0);
        const stripe = createStripeClient("sk_test_emulator", url);
        const customer = await stripe.customers.create({ email: "kept@example.org" });
        const session = await stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id }));
        await fetch(`${url}/_emulator/checkout/sessions/${session.id}/pay`, { method: "POST", body: JSON.stringify({ card: "4242424242424242" }) });
        await first.close();
        const second = createEmulatorServer({ stateFile, log: () => {} });
        const restarted = await second.listen(0);
        const again = createStripeClient("sk_test_emulator", restarted.url);
        await expect(again.customers.retrieve(customer.id)).resolves.toMatchObject({ email: "kept@example.org" });
        await expect(again.subscriptions.list({ customer: customer.id })).resolves.toMatchObject({ data: [{ status: "active" }] });
        await second.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
