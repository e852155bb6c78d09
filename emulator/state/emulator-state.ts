// Everything the emulator knows, as plain JSON so it can be written to a file and read back.
// Each collection keeps insertion order; lists are answered newest first, as Stripe does.
import type Stripe from "stripe";
import type { CardBehaviour } from "../billing/test-cards";

export type DebitBehaviour = { succeeds: boolean; slow: boolean; mandate: string };

export type PendingDebit = {
  paymentIntent: string;
  /** A one-time gift's session, or a subscription's first invoice's session: async_payment_* follow. */
  session: string | null;
  invoice: string | null;
  subscription: string | null;
  testClock: string | null;
  /** Milliseconds since the epoch on the test clock's time (or the wall clock without one). */
  dueAtMs: number;
  succeeds: boolean;
};

export type CheckoutOptions = {
  /** `setup_intent_data` of a setup-mode session, given to its SetupIntent. */
  setupIntentMetadata?: Record<string, string>;
  setupIntentDescription?: string | null;
  subscriptionMetadata: Record<string, string>;
  subscriptionDescription: string | null;
  paymentIntentMetadata: Record<string, string>;
  paymentIntentDescription: string | null;
  /** `payment_intent_data[statement_descriptor_suffix]`, recorded on the payment and its charge. */
  paymentIntentStatementDescriptorSuffix?: string | null;
};

export type EmulatorState = {
  customers: Record<string, Stripe.Customer>;
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  checkoutSessions: Record<string, Stripe.Checkout.Session>;
  sessionLineItems: Record<string, Stripe.LineItem[]>;
  /** `subscription_data` / `payment_intent_data` of a Checkout Session, applied when it is paid. */
  checkoutOptions: Record<string, CheckoutOptions>;
  paymentMethods: Record<string, Stripe.PaymentMethod>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  /** One per successful charge, in the account's settlement currency (resources/balance-transactions.ts). */
  balanceTransactions: Record<string, Stripe.BalanceTransaction>;
  invoices: Record<string, Stripe.Invoice>;
  invoicePayments: Record<string, Stripe.InvoicePayment>;
  subscriptions: Record<string, Stripe.Subscription>;
  subscriptionSchedules: Record<string, Stripe.SubscriptionSchedule>;
  setupIntents: Record<string, Stripe.SetupIntent>;
  refunds: Record<string, Stripe.Refund>;
  disputes: Record<string, Stripe.Dispute>;
  portalSessions: Record<string, Stripe.BillingPortal.Session>;
  testClocks: Record<string, Stripe.TestHelpers.TestClock>;
  events: Record<string, Stripe.Event>;
  /** How a test card behaves later (e.g. 4000 0000 0000 0341 fails on renewal), by payment method id. */
  cardBehaviours: Record<string, CardBehaviour>;
  /** What each SEPA Direct Debit payment method's test IBAN does, and its mandate, by payment method id. */
  debitBehaviours: Record<string, DebitBehaviour>;
  /** Bank debits still processing, by payment intent id (billing/settle-debits.ts). */
  pendingDebits: Record<string, PendingDebit>;
  /** Proration lines waiting for a subscription's next invoice (Stripe's pending invoice items), by subscription id. */
  pendingInvoiceLines: Record<string, Stripe.InvoiceLineItem[]>;
  /** The period end each subscription's last invoice.upcoming announced, by subscription id. */
  upcomingNotices: Record<string, number>;
  invoiceNumber: number;
};

export const collectionNames = [
  "customers",
  "products",
  "prices",
  "checkoutSessions",
  "paymentMethods",
  "paymentIntents",
  "charges",
  "balanceTransactions",
  "invoices",
  "invoicePayments",
  "subscriptions",
  "subscriptionSchedules",
  "setupIntents",
  "refunds",
  "disputes",
  "portalSessions",
  "testClocks",
  "events",
] as const;

export type CollectionName = (typeof collectionNames)[number];

export function createEmptyState(): EmulatorState {
  return {
    customers: {},
    products: {},
    prices: {},
    checkoutSessions: {},
    sessionLineItems: {},
    checkoutOptions: {},
    paymentMethods: {},
    paymentIntents: {},
    charges: {},
    balanceTransactions: {},
    invoices: {},
    invoicePayments: {},
    subscriptions: {},
    subscriptionSchedules: {},
    setupIntents: {},
    refunds: {},
    disputes: {},
    portalSessions: {},
    testClocks: {},
    events: {},
    cardBehaviours: {},
    debitBehaviours: {},
    pendingDebits: {},
    pendingInvoiceLines: {},
    upcomingNotices: {},
    invoiceNumber: 0,
  };
}

/** Which collection an id belongs to, from Stripe's id prefixes. */
const prefixes: [string, CollectionName][] = [
  ["cus_", "customers"],
  ["prod_", "products"],
  ["price_", "prices"],
  ["cs_", "checkoutSessions"],
  ["pm_", "paymentMethods"],
  ["pi_", "paymentIntents"],
  ["ch_", "charges"],
  ["txn_", "balanceTransactions"],
  ["inpay_", "invoicePayments"],
  ["in_", "invoices"],
  ["sub_sched_", "subscriptionSchedules"],
  ["sub_", "subscriptions"],
  ["seti_", "setupIntents"],
  ["re_", "refunds"],
  ["dp_", "disputes"],
  ["bps_", "portalSessions"],
  ["clock_", "testClocks"],
  ["evt_", "events"],
];

export function collectionForId(id: string): CollectionName | undefined {
  return prefixes.find(([prefix]) => id.startsWith(prefix))?.[1];
}

export function findById(state: EmulatorState, id: string): object | undefined {
  const collection = collectionForId(id);
  return collection ? state[collection][id] : undefined;
}
