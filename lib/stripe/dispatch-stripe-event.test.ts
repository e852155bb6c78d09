import { buildStripeEvent } from "@/tests/helpers/build-stripe-event";
import { dispatchStripeEvent, handledEventTypes, isHandledEvent, isHandledEventType, stripeEventHandlers, type StripeEventHandlerTable } from "./dispatch-stripe-event";
import { handleChargeRefunded } from "./handlers/handle-charge-refunded";
import { enqueueJob } from "../jobs/enqueue-job";
import { notifyIfRenewalFailed } from "../manage/notify-if-renewal-failed";
import { queueSupporterNotices } from "../manage/queue-supporter-notices";
import { queueReceipt } from "../receipts/queue-receipt";
import { recordSubscriptionChanges } from "./record-subscription-changes";
import { syncCharge } from "./sync-charge";
import { syncCheckoutSession } from "./sync-checkout-session";
import { syncCustomer } from "./sync-customer";
import { syncInvoice } from "./sync-invoice";
import { syncSubscription } from "./sync-subscription";

jest.mock("./sync-checkout-session", () => ({ syncCheckoutSession: jest.fn(async () => ({ outcome: "one-time donation paid", status: "paid" })) }));
jest.mock("./sync-subscription", () => ({ syncSubscription: jest.fn(async () => ({ id: "sub_row", status: "PAST_DUE" })) }));
jest.mock("./record-subscription-changes", () => ({ recordSubscriptionChanges: jest.fn(async () => 1) }));
jest.mock("./sync-invoice", () => ({ syncInvoice: jest.fn(async () => "donation recorded: renewal") }));
jest.mock("../manage/notify-if-renewal-failed", () => ({ notifyIfRenewalFailed: jest.fn(async () => "supporter told about the failed renewal") }));
jest.mock("../manage/queue-supporter-notices", () => ({ queueSupporterNotices: jest.fn(async () => 0) }));
jest.mock("../jobs/enqueue-job", () => ({ enqueueJob: jest.fn(async () => "job_1") }));
jest.mock("../receipts/queue-receipt", () => ({ queueReceipt: jest.fn(async () => "receipt queued") }));
jest.mock("../bank-debits/notify-bank-debit", () => ({ notifyBankDebit: jest.fn(async () => "reader told the debit is on its way") }));
jest.mock("../db/prisma", () => ({ getPrisma: () => ({}) }));
jest.mock("./sync-charge", () => ({ syncCharge: jest.fn(async () => "donation refunded") }));
jest.mock("./sync-customer", () => ({ syncCustomer: jest.fn(async () => "sup_1") }));
const queryKnownCustomer = jest.fn();
jest.mock("../db/pg-pool", () => ({ getPgPool: () => ({ query: queryKnownCustomer }) }));
const countSubscriptions = jest.fn();
jest.mock("../db/prisma", () => ({ getPrisma: () => ({ subscription: { count: countSubscriptions } }) }));

beforeEach(() => jest.clearAllMocks());

describe.each([
  ["checkout.session.completed", "cs_1"],
  ["checkout.session.async_payment_succeeded", "cs_2"],
] as const)("on %s", (type, id) => {
  it("re-reads the checkout session, reports its outcome and queues the paid session's receipt", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent(type, { id }))).toBe("one-time donation paid; receipt queued");
    expect(syncCheckoutSession).toHaveBeenCalledWith(id);
    expect(queueReceipt).toHaveBeenCalledWith(id);
  });

  it("queues no receipt for a session still waiting for its payment", async () => {
    jest.mocked(syncCheckoutSession).mockResolvedValueOnce({ outcome: "one-time donation pending", status: "pending" });
    // A bank debit just confirmed at Checkout: the reader is told it is on its way.
    const told = type === "checkout.session.completed" ? "; reader told the debit is on its way" : "";
    expect(await dispatchStripeEvent(buildStripeEvent(type, { id }))).toBe(`one-time donation pending${told}`);
    expect(queueReceipt).not.toHaveBeenCalled();
  });
});

describe.each([
  ["checkout.session.async_payment_failed", "cs_3"],
  ["checkout.session.expired", "cs_4"],
] as const)("on %s", (type, id) => {
  it("re-reads the checkout session and reports its outcome", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent(type, { id }))).toBe("one-time donation paid");
    expect(syncCheckoutSession).toHaveBeenCalledWith(id);
    expect(queueReceipt).not.toHaveBeenCalled();
  });
});

describe.each(["customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted"] as const)("on %s", (type) => {
  it("re-reads the subscription, records what the event changed, and reports its status", async () => {
    const event = buildStripeEvent(type, { id: "sub_1" });
    expect(await dispatchStripeEvent(event)).toBe("subscription past_due");
    expect(syncSubscription).toHaveBeenCalledWith("sub_1");
    expect(recordSubscriptionChanges).toHaveBeenCalledWith(event, "sub_row");
  });
});

describe.each(["customer.subscription.updated", "customer.subscription.deleted"] as const)("on %s", (type) => {
  it("queues the emails that confirm the change to the supporter", async () => {
    jest.mocked(queueSupporterNotices).mockResolvedValueOnce(1);
    const event = buildStripeEvent(type, { id: "sub_1" });
    expect(await dispatchStripeEvent(event)).toBe("subscription past_due; supporter notice queued");
    expect(queueSupporterNotices).toHaveBeenCalledWith(event);
  });
});

describe("on invoice.payment_action_required", () => {
  it("re-reads the invoice and queues the email asking the supporter to confirm the renewal", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent("invoice.payment_action_required", { id: "in_3", billing_reason: "subscription_cycle" }))).toBe("donation recorded: renewal; supporter notice queued");
    expect(syncInvoice).toHaveBeenCalledWith("in_3");
    expect(enqueueJob).toHaveBeenCalledWith("supporter-notice", { notice: "payment-action-required", invoiceId: "in_3" });
  });

  it("leaves a first payment to Checkout", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent("invoice.payment_action_required", { id: "in_4", billing_reason: "subscription_create" }))).toBe("donation recorded: renewal; no notice: first payment");
    expect(enqueueJob).not.toHaveBeenCalled();
  });
});

describe("on invoice.paid", () => {
  it("re-reads the invoice and queues the payment's receipt", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent("invoice.paid", { id: "in_1" }))).toBe("donation recorded: renewal; receipt queued");
    expect(syncInvoice).toHaveBeenCalledWith("in_1");
    expect(queueReceipt).toHaveBeenCalledWith("in_1");
  });
});

describe("on invoice.payment_failed", () => {
  it("re-reads the invoice and tells the supporter about the failed renewal", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent("invoice.payment_failed", { id: "in_2" }))).toBe("donation recorded: renewal; supporter told about the failed renewal");
    expect(syncInvoice).toHaveBeenCalledWith("in_2");
    expect(notifyIfRenewalFailed).toHaveBeenCalledWith("in_2");
  });
});

describe("on charge.refunded", () => {
  it("re-reads the charge", async () => {
    expect(await dispatchStripeEvent(buildStripeEvent("charge.refunded", { id: "ch_1" }))).toBe("donation refunded");
    expect(syncCharge).toHaveBeenCalledWith("ch_1");
  });
});

describe.each(["charge.dispute.created", "charge.dispute.closed"] as const)("on %s", (type) => {
  it("re-reads the disputed charge and the dispute", async () => {
    await dispatchStripeEvent(buildStripeEvent(type, { id: "dp_1", charge: "ch_9" }));
    expect(syncCharge).toHaveBeenCalledWith("ch_9", "dp_1");
  });
});

describe("on customer.updated", () => {
  it("re-encrypts and re-indexes a supporter the ledger knows", async () => {
    queryKnownCustomer.mockResolvedValueOnce({ rowCount: 1, rows: [{}] });
    expect(await dispatchStripeEvent(buildStripeEvent("customer.updated", { id: "cus_1" }))).toBe("supporter updated");
    expect(queryKnownCustomer).toHaveBeenCalledWith(expect.stringContaining('"StripeCustomer"'), ["cus_1"]);
    expect(syncCustomer).toHaveBeenCalledWith("cus_1");
  });

  it("skips a customer who never gave, without reading Stripe", async () => {
    queryKnownCustomer.mockResolvedValueOnce({ rowCount: 0, rows: [] });
    expect(await dispatchStripeEvent(buildStripeEvent("customer.updated", { id: "cus_2" }))).toBe("skipped: customer not in the ledger");
    expect(syncCustomer).not.toHaveBeenCalled();
  });
});

describe("on subscription_schedule.updated", () => {
  it("queues the email confirming a switch for a recurring gift in the ledger", async () => {
    countSubscriptions.mockResolvedValueOnce(1);
    expect(await dispatchStripeEvent(buildStripeEvent("subscription_schedule.updated", { id: "sub_sched_1", subscription: "sub_1" }))).toBe("supporter notice queued");
    expect(countSubscriptions).toHaveBeenCalledWith({ where: { stripeSubscriptionId: "sub_1" } });
    expect(enqueueJob).toHaveBeenCalledWith("supporter-notice", { notice: "switch-scheduled", scheduleId: "sub_sched_1" });
  });

  it("skips a schedule of a subscription this app does not know", async () => {
    countSubscriptions.mockResolvedValueOnce(0);
    expect(await dispatchStripeEvent(buildStripeEvent("subscription_schedule.updated", { id: "sub_sched_2", subscription: "sub_x" }))).toBe("skipped: not a recurring gift in the ledger");
    expect(enqueueJob).not.toHaveBeenCalled();
  });
});

describe("an event type the ledger does not handle", () => {
  it("has no handler, so the intake records it as ignored instead of dispatching it", () => {
    expect(isHandledEventType("payout.paid")).toBe(false);
    expect(isHandledEvent(buildStripeEvent("payout.paid", { id: "po_1" }))).toBe(false);
  });
});

describe("the handler table", () => {
  it("is the only list of handled types: reconciliation asks Stripe for exactly its keys", () => {
    expect(handledEventTypes).toEqual(Object.keys(stripeEventHandlers));
    expect(handledEventTypes.every(isHandledEventType)).toBe(true);
  });

  it("refuses, at compile time, a handler that takes another type's event", () => {
    const misfiled = {
      // @ts-expect-error invoice.paid's handler must take an invoice.paid event, not a charge.refunded one
      "invoice.paid": handleChargeRefunded,
    } satisfies StripeEventHandlerTable;
    expect(Object.keys(misfiled)).toEqual(["invoice.paid"]);
  });
});
