// Every route of the emulated Stripe API, in one table.
import { billingPortalSessionRoutes } from "./resources/billing-portal-sessions";
import { chargeRoutes } from "./resources/charges";
import { checkoutSessionRoutes } from "./resources/checkout-sessions";
import { customerRoutes } from "./resources/customers";
import { disputeRoutes } from "./resources/disputes";
import { eventRoutes } from "./resources/events";
import { invoiceRoutes } from "./resources/invoices";
import { paymentIntentRoutes } from "./resources/payment-intents";
import { paymentMethodRoutes } from "./resources/payment-methods";
import { priceRoutes } from "./resources/prices";
import { productRoutes } from "./resources/products";
import { refundRoutes } from "./resources/refunds";
import { subscriptionRoutes } from "./resources/subscriptions";
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
  ...invoiceRoutes,
  ...subscriptionRoutes,
  ...refundRoutes,
  ...disputeRoutes,
  ...billingPortalSessionRoutes,
  ...eventRoutes,
  ...testClockRoutes,
];
