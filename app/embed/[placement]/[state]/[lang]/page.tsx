// GET /embed/[placement]/[state]/[lang]: the embedded appeal as one reader gets it, chosen by
// proxy.ts from their cookies (lib/embed/embed-proxy.ts): the appeal in one of 12 buckets (which
// picks the copy variant), the thank-you line after a gift, or nothing (snoozed, or the banner past
// its weekly cap); and the banner once its button was pressed (opened-<bucket>: no view counted).
// Static and cached like the plain appeal: nothing in it is per reader. It works
// with no JavaScript: the form posts to the whole window (target _top; with a CAPTCHA on, which
// needs a script, checkout sends the reader on to the appeal page that shows it), the view is
// counted by an image request that blocks nothing, and "Remind me later" opens its choices inside
// the frame (app/embed/remind/[lang]: the snooze and the emailed reminder, without leaving the article).
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
import { LOADER_FRAGMENT } from "@/lib/embed/build-snippet";
import { parseBucket, parseOpenedBanner } from "@/lib/embed/reader-state";
import { appealClientMessages } from "@/lib/i18n/appeal-client-messages";
import { isLocale, knownLocale, type Locale } from "@/lib/i18n/locales";
import { loadPaymentBadges } from "@/lib/payment-methods/load-payment-badges";

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

async function Appeal({ placement, bucket, locale, opened }: { placement: Placement; bucket: number; locale: Locale; opened: boolean }) {
  const t = await getTranslations({ locale, namespace: "appeal" });
  const embed = await getTranslations({ locale, namespace: "embed" });
  const [copy, { stored }, goalMeter] = await Promise.all([loadEmbedCopy(placement, bucket, locale), variantForBucket(placement, bucket), loadGoalMeter()]);
  if (placement === "banner") {
    // Two forms of one button, one shown: by itself, a link in the whole window to the appeal page;
    // opened at #loader by the snippet's loader (embed.css, :target), a press that stays in the frame
    // and lets the loader scroll to the footer appeal. Both count the click (/api/embed/open).
    const open = (to: "page" | "footer") => `/api/embed/open?placement=banner&variant=${copy.variant}&bucket=${bucket}&lang=${locale}&to=${to}`;
    return (
      <main className="embed-banner" id={LOADER_FRAGMENT}>
        <p>{embed("bannerLine")}</p>
        {goalMeter ? <GoalMeter meter={goalMeter} locale={locale} compact /> : null}
        <a className="continue embed-open-page" href={open("page")} target="_top">
          {embed("bannerButton")}
        </a>
        <a className="continue embed-open-footer" href={open("footer")}>
          {embed("bannerButton")}
        </a>
        {/* eslint-disable-next-line @next/next/no-img-element -- the view beacon, not a picture */}
        {opened ? null : <img className="embed-beacon" src={beacon(placement, copy.variant)} alt="" width={1} height={1} />}
      </main>
    );
  }
  const options = withVariantAmounts(await loadDonationOptions(), stored);
  const prefill = readAppealPrefill({}, options, "default", locale);
  const badges = await loadPaymentBadges(options.currencies.map((currency) => currency.code));
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
        <AppealForm options={options} initial={prefill.initial} message={null} attemptKey={null} source={null} captcha={null} embed={{ placement, variant: copy.variant }} />
        <PaymentMethods badges={badges} />
      </NextIntlClientProvider>
      <p className="remind">
        {t("remindPrompt")} <a href={`/embed/remind/${locale}?placement=${placement}&variant=${copy.variant}`}>{t("remindLink")}</a>.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- the view beacon, not a picture */}
      <img className="embed-beacon" src={beacon(placement, copy.variant)} alt="" width={1} height={1} />
    </main>
  );
}

export default async function EmbedPage({ params }: { params: Params }) {
  const { placement: placementParam, state, lang } = await params;
  const placement = parsePlacement(placementParam);
  const openedBucket = placement === "banner" ? parseOpenedBanner(state) : null;
  const bucket = openedBucket ?? parseBucket(state);
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
  return <Appeal placement={placement} bucket={bucket!} locale={lang} opened={openedBucket !== null} />;
}
