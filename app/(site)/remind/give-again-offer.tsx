// For the thank-you page (one-time donors): "remind me to give again". Posts to the same
// sign-up endpoint as /remind, so the reminder is confirmed by email first. No JavaScript. The
// form carries the page's language, which the confirmation and the reminder emails are written in.
import type { Locale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { donationChoiceSearchParams } from "@/lib/reminders/parse-donation-choice";
import styles from "./remind.module.css";

type GiveAgainOfferProps = { amount?: number; currency?: string; email?: string; locale: Locale };

const options = ["in-3-months", "in-6-months", "in-12-months"] as const;

/** amount in minor units with its ISO currency, as the thank-you page reads it from Stripe. */
export function GiveAgainOffer({ amount, currency, email, locale }: GiveAgainOfferProps) {
  const t = readerTranslator(locale);
  const choice = donationChoiceSearchParams({ frequency: "ONCE", amount, currency: currency?.toLowerCase() });
  return (
    <section className={styles.panel} aria-labelledby="give-again">
      <h2 id="give-again">{t("giveAgain.heading")}</h2>
      <p>{t("giveAgain.body")}</p>
      <form method="post" action="/api/reminders/sign-up">
        {[...choice.entries()].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="source" value="thank-you" />
        <input type="hidden" name="lang" value={locale} />
        <div className={styles.field}>
          <label htmlFor="give-again-email">{t("giveAgain.emailLabel")}</label>
          <input className={styles.input} id="give-again-email" name="email" type="email" autoComplete="email" required defaultValue={email} />
        </div>
        <fieldset className={styles.choices}>
          <legend className={styles.legend}>{t("giveAgain.legend")}</legend>
          {options.map((option, i) => (
            <div className={styles.choice} key={option}>
              <input type="radio" id={`give-again-${option}`} name="when" value={option} defaultChecked={i === 0} />
              <label htmlFor={`give-again-${option}`}>{t(`giveAgain.${option}`)}</label>
            </div>
          ))}
        </fieldset>
        <button className={styles.secondary} type="submit">
          {t("giveAgain.button")}
        </button>
        <p className={styles.note}>{t("giveAgain.note")}</p>
      </form>
    </section>
  );
}
