// /remind: behind the appeal's "Remind me later". Snooze the appeal, or leave an address for one
// reminder at a chosen time. Plain forms: works without JavaScript. In the reader's language; the
// sign-up form carries it, so the confirmation and the reminder are written in it.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import { readRemindPage } from "@/lib/reminders/read-remind-page";
import { remindWhenOptions, type RemindWhen } from "@/lib/reminders/compute-remind-month";
import { CONFIRMATION_DAYS } from "@/lib/reminders/confirm-reminder";
import { NewsletterConsentBox } from "../newsletter/newsletter-consent-box";
import styles from "./remind.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind"))("title") };
}

export default async function RemindPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = knownLocale(await getLocale());
  const t = await getTranslations("remind");
  const { newsroomName, snoozeDays, snoozed, error, emailMarkedInvalid, when, nextMonth, months, chosenMonth, choice, keptFields } = await readRemindPage(await searchParams, locale);
  const labels: Record<RemindWhen, string> = {
    "next-month": nextMonth ? t("when.next-month-early", { month: nextMonth }) : t("when.next-month"),
    "in-3-months": t("when.in-3-months"),
    "in-6-months": t("when.in-6-months"),
    "in-12-months": t("when.in-12-months"),
    "chosen-month": t("when.chosen-month"),
  };

  return (
    <main>
      <p>{newsroomName}</p>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("lede")}</p>
      {snoozed && (
        <p className={styles.notice} role="status">
          {t("snoozed", { days: snoozeDays })}
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}

      <section className={styles.panel} aria-labelledby="snooze">
        <h2 id="snooze">{t("notNowHeading")}</h2>
        <p>{t("notNowBody", { days: snoozeDays })}</p>
        <form method="post" action="/api/reminders/snooze">
          <button className={styles.secondary} type="submit">
            {t("snoozeButton", { days: snoozeDays })}
          </button>
        </form>
      </section>

      <section className={styles.panel} aria-labelledby="email-me-heading" id="email-me">
        <h2 id="email-me-heading">{t("emailMeHeading")}</h2>
        <p>
          {t("emailMeBody")}
          {choice && ` ${t("emailMeChoice", { choice })}`}
        </p>
        <form method="post" action="/api/reminders/sign-up">
          {keptFields.map(({ name, value }) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="source" value="appeal" />
          <input type="hidden" name="lang" value={locale} />
          <div className={styles.field}>
            <label htmlFor="email">{t("emailLabel")}</label>
            <input className={styles.input} id="email" name="email" type="email" autoComplete="email" required aria-invalid={emailMarkedInvalid || undefined} />
          </div>
          <fieldset className={styles.choices}>
            <legend className={styles.legend}>{t("whenLegend")}</legend>
            {remindWhenOptions.map((option) => (
              <div className={styles.choice} key={option}>
                <input type="radio" id={`when-${option}`} name="when" value={option} defaultChecked={option === when} />
                <label htmlFor={`when-${option}`}>{labels[option]}</label>
                {option === "chosen-month" && (
                  <select className={styles.select} name="month" aria-label={t("monthLabel")} defaultValue={chosenMonth}>
                    {months.map((month) => (
                      <option key={month.value} value={month.value}>
                        {month.label}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            ))}
          </fieldset>
          <NewsletterConsentBox id="remind-newsletter" name="newsletter" locale={locale} />
          <button className={styles.button} type="submit">
            {t("button")}
          </button>
          <p className={styles.note}>{t("note", { days: CONFIRMATION_DAYS })}</p>
        </form>
      </section>
    </main>
  );
}
