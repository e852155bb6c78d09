// GET /embed/[placement]/[state]/[lang]: the embedded appeal as one reader gets it, chosen by
// proxy.ts from their cookies (lib/embed/embed-proxy.ts): the appeal in one of 12 buckets (which
// picks the copy variant), the thank-you line after a gift, or nothing (snoozed, or the banner past
// its weekly cap). Static and cached like the plain appeal: nothing in it is per reader. It works
// with no JavaScript: the form posts to the whole window (target _top), the view is counted by an
// image request that blocks nothing, and "Remind me later" opens /remind in the whole window.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealForm } from "@/app/_appeal/appeal-form";
import { GoalMeter } from "@/app/_appeal/goal-meter";
import { PaymentMethods } from "@/app/_appeal/payment-methods";
import "@/app/_appeal/appeal.css";
import { loadGoalMeter } from "@/lib/campaign/load-goal-meter";
import { getConfig } from "@/lib/config/env";
import { readAppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { parsePlacement, type Placement } from "@/lib/embed/attribution";
import { loadEmbedCopy, variantForBucket, withVariantAmounts } from "@/lib/embed/load-embed-copy";
import { parseBucket } from "@/lib/embed/reader-state";
import { appealClientMessages } from "@/lib/i18n/appeal-client-messages";
import { isLocale, knownLocale, type Locale } from "@/lib/i18n/locales";

// 30 s: the campaign's goal meter is at most a minute old (lib/campaign/load-goal-meter.ts).
export const revalidate = 30;
export const dynamicParams = true;

type Params = Promise<{ placement: string; state: string; lang: string }>;

export function generateStaticParams(): { placement: string; state: string; lang: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: knownLocale((await params).lang), namespace: "meta" });
  return { title: t("title") };
}

const beacon = (placement: Placement, variant: string) => `/api/embed/view?placement=${placement}&variant=${variant}`;

async function Appeal({ placement, bucket, locale }: { placement: Placement; bucket: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "appeal" });
  const embed = await getTranslations({ locale, namespace: "embed" });
  const [copy, { stored }, goalMeter] = await Promise.all([loadEmbedCopy(placement, bucket, locale), variantForBucket(placement, bucket), loadGoalMeter()]);
  if (placement === "banner") {
    return (
      <main className="embed-banner">
        <p>{embed("bannerLine")}</p>
        {goalMeter ? <GoalMeter meter={goalMeter} locale={locale} compact /> : null}
        <a className="continue" href={`/?lang=${locale}`} target="_top">
          {embed("bannerButton")}
        </a>
        {/* eslint-disable-next-line @next/next/no-img-element -- the view beacon, not a picture */}
        <img className="embed-beacon" src={beacon(placement, copy.variant)} alt="" width={1} height={1} />
      </main>
    );
  }
  const options = withVariantAmounts(await loadDonationOptions(), stored);
  const prefill = readAppealPrefill({}, options, "default", locale);
  const config = getConfig();
  const captcha = config.CAPTCHA_PROVIDER !== "none" && config.CAPTCHA_SITE_KEY ? { provider: config.CAPTCHA_PROVIDER, siteKey: config.CAPTCHA_SITE_KEY } : null;
  return (
    <main className="appeal embed-appeal">
      <p className="kicker">{embed("kicker")}</p>
      <div lang={copy.letterLocale === locale ? undefined : copy.letterLocale}>
        <h1>{copy.heading}</h1>
        {copy.letter.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {goalMeter ? <GoalMeter meter={goalMeter} locale={locale} /> : null}
      <NextIntlClientProvider locale={locale} messages={appealClientMessages(locale)} timeZone="UTC" formats={{}}>
        <AppealForm options={options} initial={prefill.initial} message={null} attemptKey={null} source={null} captcha={captcha} embed={{ placement, variant: copy.variant }} />
        <PaymentMethods />
      </NextIntlClientProvider>
      <p className="remind">
        {t("remindPrompt")}{" "}
        <a href={`/remind?lang=${locale}`} target="_top">
          {t("remindLink")}
        </a>
        .
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- the view beacon, not a picture */}
      <img className="embed-beacon" src={beacon(placement, copy.variant)} alt="" width={1} height={1} />
    </main>
  );
}

export default async function EmbedPage({ params }: { params: Params }) {
  const { placement: placementParam, state, lang } = await params;
  const placement = parsePlacement(placementParam);
  const bucket = parseBucket(state);
  if (!placement || !isLocale(lang) || (bucket === null && state !== "thanks" && state !== "quiet")) notFound();
  setRequestLocale(lang);
  if (state === "quiet") return <main className="embed-quiet" />;
  if (state === "thanks") {
    const embed = await getTranslations({ locale: lang, namespace: "embed" });
    return (
      <main>
        <p className="embed-thanks" role="status">
          {embed("thanks", { newsroom: getConfig().NEWSROOM_NAME })}
        </p>
      </main>
    );
  }
  return <Appeal placement={placement} bucket={bucket!} locale={lang} />;
}
