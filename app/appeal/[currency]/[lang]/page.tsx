// GET /appeal/[currency]/[lang]: the plain appeal for readers of one currency and language,
// rendered once and served from the cache (proxy.ts rewrites /, /appeal and /appeal/<currency>
// here: lib/donations/cached-appeal-url.ts, localize-appeal-path.ts). Only a known currency or
// "default" (the newsroom's default currency, for a reader whose request points to none) in one
// of our languages is a page: anything else is refused by proxy.ts (and is a 404 here too), so
// made-up paths cannot fill the page cache. Nothing in it is per reader: the attempt key for
// double-submit protection is made in the browser when the form is sent. Saving the appeal
// settings revalidates it (lib/settings/update-appeal-settings.ts). It re-renders every 30 s for the
// campaign's goal meter (lib/campaign/load-goal-meter.ts: itself at most 30 s old).
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { AppealView } from "@/app/_appeal/appeal-view";
import { loadGoalMeter } from "@/lib/campaign/load-goal-meter";
import { readAppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { loadAppealCopy } from "@/lib/donations/load-appeal-copy";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { isLocale } from "@/lib/i18n/locales";
import { loadPaymentBadges } from "@/lib/payment-methods/load-payment-badges";
import { isSupportedCurrency } from "@/lib/money/supported-currencies";

export const revalidate = 30;
export const dynamicParams = true;

export function generateStaticParams(): { currency: string; lang: string }[] {
  // Rendered on first request, with the running server's settings, then cached.
  return [];
}

export default async function CachedAppealPage({ params }: { params: Promise<{ currency: string; lang: string }> }) {
  const { currency, lang } = await params;
  if ((currency !== "default" && !isSupportedCurrency(currency)) || !isLocale(lang)) notFound();
  setRequestLocale(lang);
  const [options, copy, goalMeter] = await Promise.all([loadDonationOptions(), loadAppealCopy(lang), loadGoalMeter()]);
  const badges = await loadPaymentBadges(options.currencies.map((c) => c.code));
  const prefill = readAppealPrefill({}, options, currency, lang);
  return <AppealView locale={lang} options={options} copy={copy} prefill={prefill} attemptKey={null} badges={badges} goalMeter={goalMeter} />;
}
