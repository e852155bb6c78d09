// Saves the "Payment methods on the appeal" form for the currencies the appeal offers now.
import "server-only";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { readPaymentBadgesForm } from "./read-payment-badges-form";
import { updatePaymentBadges, type PaymentBadgesUpdate } from "./update-payment-badges";

export async function savePaymentBadgesForm(actorUserId: string, form: FormData): Promise<PaymentBadgesUpdate> {
  const currencies = (await loadDonationOptions()).currencies.map((currency) => currency.code);
  return updatePaymentBadges(readPaymentBadgesForm(form, currencies), actorUserId);
}
