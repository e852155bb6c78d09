// GET / with a query string: the appeal with a choice to restore, rendered per request so it works
// without JavaScript (?frequency=&amount=&currency=&source= from reminder emails and Checkout's
// cancel_url; ?error= after a refused form post). proxy.ts rewrites the plain / to the cached
// /appeal/[currency] (lib/donations/cached-appeal-url.ts), unless the reader snoozed it: then the
// letter steps back here.
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { AppealView } from "@/app/_appeal/appeal-view";
import { loadGoalMeter } from "@/lib/campaign/load-goal-meter";
import { readAppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { loadAppealCopy } from "@/lib/donations/load-appeal-copy";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { readReaderPreferences } from "@/lib/donations/read-reader-preferences";
import { knownLocale } from "@/lib/i18n/locales";
import { loadPaymentBadges } from "@/lib/payment-methods/load-payment-badges";
import { isAppealSnoozed, SNOOZE_COOKIE } from "@/lib/reminders/is-appeal-snoozed";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AppealPage({ searchParams }: { searchParams: SearchParams }) {
  // The language proxy.ts resolved (the switch's cookie, ?lang=, Accept-Language).
  const locale = knownLocale(await getLocale());
  const [options, copy, goalMeter] = await Promise.all([loadDonationOptions(), loadAppealCopy(locale), loadGoalMeter()]);
  const badges = await loadPaymentBadges(options.currencies.map((currency) => currency.code));
  const preferences = readReaderPreferences(
    await headers(),
    options.currencies.map((currency) => currency.code),
  );
  const prefill = readAppealPrefill(await searchParams, options, preferences.currency, locale);
  // A reader who snoozed (and did not come back through a reminder or Checkout) is not asked again.
  const snoozedUntil = (await cookies()).get(SNOOZE_COOKIE)?.value;
  const steppedBack = isAppealSnoozed(snoozedUntil) && !prefill.source && !prefill.cancelled ? new Date(snoozedUntil!) : undefined;
  return <AppealView locale={locale} options={options} copy={copy} prefill={prefill} attemptKey={randomBytes(12).toString("hex")} steppedBackUntil={steppedBack} badges={badges} goalMeter={goalMeter} />;
}
