// The badges for the appeal pages (cached per currency, revalidated on save), kept in process for
// a few seconds like the other settings. Saving clears this instance's copy.
import "server-only";
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getPrisma } from "@/lib/db/prisma";
import { STORED_SETTINGS_TTL_MS } from "@/lib/settings/load-stored-appeal-settings";
import { getStoredPaymentBadges, resolvePaymentBadges } from "./get-payment-badges";
import type { PaymentBadges } from "./payment-badges-schema";

const stored = createSharedRead("paymentBadges", STORED_SETTINGS_TTL_MS, () => getStoredPaymentBadges(getPrisma()));

export async function loadPaymentBadges(currencies: readonly string[]): Promise<PaymentBadges> {
  return resolvePaymentBadges(await stored.load(), currencies);
}

export function forgetPaymentBadges(): void {
  stored.forget();
}
