// The payment-method badges staff choose per currency (Settings, "Payment methods on the appeal").
// A badge for a method that cannot take that currency at all is refused, so a forged form cannot
// make the appeal promise what Checkout will not offer; a method that works for one-time gifts
// only (iDEAL) is accepted and hidden on the appeal while a recurring frequency is chosen.
import { z } from "zod";
import { isPaymentMethod, methodRules, methodTakesCurrency, type PaymentMethod } from "./payment-method-rules";

export const PAYMENT_BADGES_KEY = "payment-badges";

export const paymentBadgesSchema = z
  .record(z.string().regex(/^[a-z]{3}$/, "must be a three-letter currency code"), z.array(z.string().max(40)).max(20))
  .superRefine((record, context) => {
    for (const [currency, methods] of Object.entries(record)) {
      for (const method of methods) {
        if (!isPaymentMethod(method)) {
          context.addIssue({ code: "custom", path: [currency], message: `cannot show ${JSON.stringify(method)}: it is not a payment method the appeal knows` });
        } else if (!methodTakesCurrency(method, currency)) {
          context.addIssue({ code: "custom", path: [currency], message: `cannot show ${methodRules[method].name}: it does not take ${currency.toUpperCase()} gifts` });
        }
      }
    }
  })
  .transform((record) => Object.fromEntries(Object.entries(record).map(([currency, methods]) => [currency, [...new Set(methods)] as PaymentMethod[]])));

/** Methods by currency, in the order of `paymentMethods`. */
export type PaymentBadges = Record<string, PaymentMethod[]>;
