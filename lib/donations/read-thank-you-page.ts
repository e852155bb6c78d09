// Everything the thank-you page (GET /thank-you?session_id=...) shows, read on the server: the
// result of the checkout (read-thank-you-result.ts: from Stripe, cached, limited per client) and,
// for a paid one-time gift, the modest monthly amount to invite, counted as an offer shown.
import "server-only";
import { randomBytes } from "node:crypto";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { hashClientAddress } from "@/lib/security/hash-client-address";
import { readClientAddress } from "@/lib/security/read-client-address";
import { spendRateLimit } from "@/lib/security/spend-rate-limit";
import { getStripe } from "@/lib/stripe/stripe";
import { recordMonthlyOfferShown } from "@/lib/upgrades/record-monthly-offer-shown";
import { suggestMonthlyAmount } from "@/lib/upgrades/suggest-monthly-amount";
import { findCurrencyOptions } from "./donation-options";
import { loadDonationOptions } from "./load-donation-options";
import { readThankYouResult, type ThankYouResult } from "./read-thank-you-result";

export type ThankYouPageContent = {
  newsroomName: string;
  result: ThankYouResult;
  /** For a paid one-time gift: the monthly amount to invite, and a fresh checkout attempt key for its form. */
  monthlyInvitation?: { amountMinor: number; attemptKey: string };
};

async function monthlyInvitation(result: ThankYouResult): Promise<ThankYouPageContent["monthlyInvitation"]> {
  if (result.kind !== "paid" || result.frequency !== "once") return undefined;
  const presets = findCurrencyOptions(await loadDonationOptions(), result.currency)?.presets.monthly ?? [];
  const suggestion = suggestMonthlyAmount(result.amountMinor, presets);
  if (suggestion === undefined) return undefined;
  await recordMonthlyOfferShown(getPrisma()).catch((error) => logger.warn("could not count the monthly offer", { error }));
  return { amountMinor: suggestion, attemptKey: randomBytes(12).toString("hex") };
}

export async function readThankYouPage(sessionId: string | undefined, headers: Headers): Promise<ThankYouPageContent> {
  const config = getConfig();
  const clientAddressHash = hashClientAddress(readClientAddress(headers, config.TRUSTED_PROXY_HOPS));
  const result = await readThankYouResult(sessionId, clientAddressHash, { stripe: getStripe(), prisma: getPrisma(), limit: (key) => spendRateLimit("thank-you", key) });
  return { newsroomName: config.NEWSROOM_NAME, result, monthlyInvitation: await monthlyInvitation(result) };
}
