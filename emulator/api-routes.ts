// Every route of the emulated Stripe API, in one table.
import { balanceTransactionRoutes } from "./resources/balance-transactions";
import { billingPortalSessionRoutes } from "./resources/billing-portal-sessions";
import { chargeRoutes } from "./resources/charges";
import { checkoutSessionRoutes } from "./resources/checkout-sessions";
import { customerRoutes } from "./resources/customers";
import { disputeRoutes } from "./resources/disputes";
import { eventRoutes } from "./resources/events";
import { invoiceRoutes } from "./resources/invoices";
import { invoicePayRoutes } from "./resources/pay-invoice-route";
import { paymentIntentRoutes } from "./resources/payment-intents";
import { paymentMethodRoutes } from "./resources/payment-methods";
import { priceRoutes } from "./resources/prices";
import { productRoutes } from "./resources/products";
import { refundRoutes } from "./resources/refunds";
import { setupIntentRoutes } from "./resources/setup-intents";
import { subscriptionScheduleRoutes } from "./resources/subscription-schedules";
import { subscriptionRoutes } from "./resources/subscription-routes";
import { testClockRoutes } from "./resources/test-clocks";
import type { Route } from "./wire/route";

export const apiRoutes: Route[] = [
  ...customerRoutes,
  ...priceRoutes,
  ...productRoutes,
  ...checkoutSessionRoutes,
  ...paymentMethodRoutes,
  ...paymentIntentRoutes,
  ...chargeRoutes,
  ...balanceTransactionRoutes,
  ...invoiceRoutes,
  ...invoicePayRoutes,
  ...subscriptionRoutes,
  ...subscriptionScheduleRoutes,
  ...setupIntentRoutes,
  ...refundRoutes,
  ...disputeRoutes,
  ...billingPortalSessionRoutes,
  ...eventRoutes,
  ...testClockRoutes,
];
