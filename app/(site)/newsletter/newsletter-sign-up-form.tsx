// The newsletter sign-up form: on /newsletter, and on the thank-you page after a gift, where the
// address may be left empty to use the gift's (the form carries the Checkout Session id; the
// worker looks the address up, so it is never written into the page). Plain form, no JavaScript.
import type { Locale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { newsletterErrorCodes, type NewsletterSource } from "@/lib/newsletter/parse-newsletter-sign-up";
import styles from "../remind/remind.module.css";
import { NewsletterConsentBox } from "./newsletter-consent-box";

type Props = { source: Extract<NewsletterSource, "newsletter-page" | "thank-you">; locale: Locale; checkoutSessionId?: string; errorCode?: string };

export function NewsletterSignUpForm({ source, locale, checkoutSessionId, errorCode }: Props) {
  const t = readerTranslator(locale);
  const fromGift = source === "thank-you" && checkoutSessionId !== undefined;
  const error = newsletterErrorCodes.find((code) => code === errorCode);
  return (
    <form method="post" action="/api/newsletter/sign-up" id="newsletter">
      {error ? (
        <p className={styles.error} role="alert">
          {t(`newsletter.errors.${error}`)}
        </p>
      ) : null}
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="lang" value={locale} />
      {fromGift ? <input type="hidden" name="session_id" value={checkoutSessionId} /> : null}
      <NewsletterConsentBox id={`newsletter-consent-${source}`} name="consent" locale={locale} />
      <div className={styles.field}>
        <label htmlFor={`newsletter-email-${source}`}>{fromGift ? t("newsletter.giftEmailLabel") : t("newsletter.emailLabel")}</label>
        <input
          className={styles.input}
          id={`newsletter-email-${source}`}
          name="email"
          type="email"
          autoComplete="email"
          required={!fromGift}
          aria-invalid={error === "invalid_email" || error === "missing_email" || undefined}
        />
      </div>
      <button className={fromGift ? styles.secondary : styles.button} type="submit">
        {t("newsletter.button")}
      </button>
      <p className={styles.note}>{t("newsletter.confirmNote")}</p>
    </form>
  );
}
