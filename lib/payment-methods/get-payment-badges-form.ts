// The Settings page's "Payment methods on the appeal" form, filled in: per offered currency, every
// method that can take that currency, ticked when the appeal shows it, and whether it works for
// one-time gifts only (the appeal hides it while a recurring frequency is chosen).
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { getPaymentBadges } from "./get-payment-badges";
import { methodRules, methodTakesCurrency, paymentMethods, type PaymentMethod } from "./payment-method-rules";

export type PaymentBadgeChoice = { method: PaymentMethod; name: string; shown: boolean; onceOnly: boolean };
export type PaymentBadgesForm = { code: string; choices: PaymentBadgeChoice[] }[];

export async function getPaymentBadgesForm(): Promise<PaymentBadgesForm> {
  const currencies = (await loadDonationOptions()).currencies.map((currency) => currency.code);
  const badges = await getPaymentBadges(getPrisma(), currencies);
  return currencies.map((code) => ({
    code,
    choices: paymentMethods
      .filter((method) => methodTakesCurrency(method, code))
      .map((method) => ({ method, name: methodRules[method].name, shown: badges[code]?.includes(method) ?? false, onceOnly: !methodRules[method].recurring })),
  }));
}
