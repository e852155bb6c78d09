// GET /thank-you?session_id=...: Checkout's success_url. What it says is read from Stripe on the
// server; the query string is only an id. It also records the result through the webhooks' own
// sync code, so the ledger is right before the webhook arrives. In the reader's language, with the
// appeal's "Your safety" note (Settings, per language).
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import "@/app/_appeal/appeal.css";
import { NewsletterSignUpForm } from "@/app/(site)/newsletter/newsletter-sign-up-form";
import { GiveAgainOffer } from "@/app/(site)/remind/give-again-offer";
import remindStyles from "@/app/(site)/remind/remind.module.css";
import { readBackUrl } from "@/lib/embed/article-address";
import { loadEmbedAllowedOrigins } from "@/lib/embed/load-embed-settings";
import { BACK_COOKIE } from "@/lib/embed/reader-state";
import { loadAppealCopy } from "@/lib/donations/load-appeal-copy";
import { readThankYouPage, type ThankYouPageContent } from "@/lib/donations/read-thank-you-page";
import { knownLocale, type Locale } from "@/lib/i18n/locales";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { MonthlyInvite } from "./monthly-invite";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("thankYou"))("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

type BodyProps = Omit<ThankYouPageContent, "newsroomName"> & { locale: Locale; t: Awaited<ReturnType<typeof getTranslations<"thankYou">>> };

function Body({ result, monthlyInvitation, locale, t }: BodyProps) {
  const { money } = readerFormats(locale);
  switch (result.kind) {
    case "paid":
    case "pending": {
      const gift = t("gift", { frequency: result.frequency, amount: money(result.amountMinor, result.currency) });
      const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
      return (
        <>
          <h1>{result.kind === "paid" ? t("paidHeading") : t("pendingHeading")}</h1>
          <p className="gift" data-testid="gift-summary">
            {result.kind === "paid" ? t.rich("paidGift", { gift, strong }) : t.rich("pendingGift", { gift, strong })}
          </p>
          <p>{result.kind === "pending" ? t("pendingBody") : t("paidBody")}</p>
          <h2>{t("nextHeading")}</h2>
          <ul>
            {/* Our receipt follows the payment (lib/receipts): at once when paid, when a bank debit settles. */}
            <li>{result.kind === "paid" && result.receiptEmailSent ? t("receiptSent") : t("receiptLater")}</li>
            {result.frequency === "once" ? <li>{t("onceOnly")}</li> : <li>{t.rich("renews", { frequency: result.frequency, link: (chunks) => <Link href="/manage">{chunks}</Link> })}</li>}
            <li>{t("replyToReceipt")}</li>
          </ul>
          {result.kind === "paid" && result.frequency === "once" ? (
            <>
              {monthlyInvitation ? (
                <MonthlyInvite
                  monthlyAmountMinor={monthlyInvitation.amountMinor}
                  currency={result.currency}
                  formattedAmount={money(monthlyInvitation.amountMinor, result.currency)}
                  attemptKey={monthlyInvitation.attemptKey}
                  locale={locale}
                />
              ) : null}
              <GiveAgainOffer amount={result.amountMinor} currency={result.currency} locale={locale} />
            </>
          ) : null}
        </>
      );
    }
    case "open":
      return <Outcome heading={t("openHeading")} body={t("openBody")} />;
    case "expired":
      return <Outcome heading={t("expiredHeading")} body={t("expiredBody")} />;
    case "unavailable":
      return <Outcome heading={t("unavailableHeading")} body={t("unavailableBody")} />;
    case "busy":
      return <Outcome heading={t("busyHeading")} body={t("busyBody")} />;
    case "not_found":
      return <Outcome heading={t("notFoundHeading")} body={t("notFoundBody")} />;
  }
}

function Outcome({ heading, body }: { heading: string; body: string }) {
  return (
    <>
      <h1>{heading}</h1>
      <p>{body}</p>
    </>
  );
}

export default async function ThankYouPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const sessionId = typeof query.session_id === "string" ? query.session_id : undefined;
  const newsletterError = typeof query.newsletter_error === "string" ? query.newsletter_error : undefined;
  const locale = knownLocale(await getLocale());
  const [{ newsroomName, result, monthlyInvitation }, copy, t, appeal, common, newsletter] = await Promise.all([
    readThankYouPage(sessionId, await headers()),
    loadAppealCopy(locale),
    getTranslations("thankYou"),
    getTranslations("appeal"),
    getTranslations("common"),
    getTranslations("newsletter"),
  ]);
  // From an embedded appeal: the article the reader gave from (lib/embed/embed-checkout.ts).
  const backUrl = readBackUrl((await cookies()).get(BACK_COOKIE)?.value, await loadEmbedAllowedOrigins());
  return (
    <main className="thank-you">
      <p className="newsroom">{newsroomName}</p>
      <Body result={result} monthlyInvitation={monthlyInvitation} locale={locale} t={t} />
      {result.kind === "paid" || result.kind === "pending" ? (
        <section className={remindStyles.panel} aria-labelledby="newsletter-heading">
          <h2 id="newsletter-heading">{newsletter("giftHeading")}</h2>
          <p>{newsletter("giftBody")}</p>
          <NewsletterSignUpForm source="thank-you" locale={locale} checkoutSessionId={sessionId} errorCode={newsletterError} />
        </section>
      ) : null}
      {backUrl ? (
        <p>
          <a href={backUrl}>{t("backToArticle")}</a>
        </p>
      ) : null}
      <aside className="safety" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{appeal("safetyHeading")}</h2>
        <p>{copy.safetyNote}</p>
      </aside>
      <p>
        <Link href="/">{common("backToAppeal")}</Link> · <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
    </main>
  );
}
