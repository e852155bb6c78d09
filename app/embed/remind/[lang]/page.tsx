// GET /embed/remind/[lang]?placement=&variant=&article=: "Remind me later" inside the embedded
// appeal's frame, without leaving the article (issue 18, item 5): "not now" (the snooze cookie
// that hides the appeal on every article) and the emailed reminder (double opt-in, as /remind).
// Plain forms that post from the frame and are answered here, in the frame, with the outcome in
// the address (?snoozed=, ?sent=, ?error=): no JavaScript needed (the frame runs none). Rendered per
// request, but only for readers who opened it; the appeal itself stays static.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readEmbedRemindPage } from "@/lib/embed/read-embed-remind-page";
import { isLocale } from "@/lib/i18n/locales";
import { remindWhenOptions, type RemindWhen } from "@/lib/reminders/compute-remind-month";
import { CONFIRMATION_DAYS } from "@/lib/reminders/confirm-reminder";

type Params = Promise<{ lang: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  return { title: (await getTranslations({ locale: isLocale(lang) ? lang : "en", namespace: "remind" }))("title") };
}

export default async function EmbedRemindPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  setRequestLocale(lang);
  const page = await readEmbedRemindPage(await searchParams, lang, (await headers()).get("referer"));
  const t = await getTranslations({ locale: lang, namespace: "remind" });
  const common = await getTranslations({ locale: lang, namespace: "common" });
  const placeFields = [...page.placeFields, { name: "lang", value: lang }].map(({ name, value }) => <input key={name} type="hidden" name={name} value={value} />);
  const labels: Record<RemindWhen, string> = {
    "next-month": page.nextMonth ? t("when.next-month-early", { month: page.nextMonth }) : t("when.next-month"),
    "in-3-months": t("when.in-3-months"),
    "in-6-months": t("when.in-6-months"),
    "in-12-months": t("when.in-12-months"),
    "chosen-month": t("when.chosen-month"),
  };

  if (page.snoozed) {
    return (
      <main className="embed-remind">
        <h1>{t("title")}</h1>
        <p className="notice" role="status">
          {t("snoozed", { days: page.snoozeDays })}
        </p>
      </main>
    );
  }
  if (page.sentMonth) {
    return (
      <main className="embed-remind">
        <h1>{t("checkEmail.title")}</h1>
        <p className="notice" role="status">
          {t("checkEmail.ledeMonth", { month: page.sentMonth })}
        </p>
        <p>{t("checkEmail.body")}</p>
        <p>
          <a href={page.appealPath}>{common("backToAppeal")}</a>
        </p>
      </main>
    );
  }
  return (
    <main className="embed-remind">
      <h1>{t("title")}</h1>
      {page.error && (
        <p className="error" role="alert">
          {page.error}
        </p>
      )}
      <section aria-labelledby="snooze">
        <h2 id="snooze">{t("notNowHeading")}</h2>
        <p>{t("notNowBody", { days: page.snoozeDays })}</p>
        <form method="post" action="/api/embed/snooze">
          {placeFields}
          <button className="secondary" type="submit">
            {t("snoozeButton", { days: page.snoozeDays })}
          </button>
        </form>
      </section>
      <section aria-labelledby="email-me">
        <h2 id="email-me">{t("emailMeHeading")}</h2>
        <p>{t("emailMeBody")}</p>
        <form method="post" action="/api/embed/reminder">
          {placeFields}
          <label className="field" htmlFor="email">
            {t("emailLabel")}
          </label>
          <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={page.emailMarkedInvalid || undefined} />
          <fieldset>
            <legend>{t("whenLegend")}</legend>
            {remindWhenOptions.map((option) => (
              <div className="choice" key={option}>
                <input type="radio" id={`when-${option}`} name="when" value={option} defaultChecked={option === page.when} />
                <label htmlFor={`when-${option}`}>{labels[option]}</label>
                {option === "chosen-month" && (
                  <select name="month" aria-label={t("monthLabel")} defaultValue={page.chosenMonth}>
                    {page.months.map((month) => (
                      <option key={month.value} value={month.value}>
                        {month.label}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            ))}
          </fieldset>
          <button type="submit">{t("button")}</button>
          <p className="note">{t("note", { days: CONFIRMATION_DAYS })}</p>
        </form>
      </section>
      <p>
        <a href={page.appealPath}>{common("backToAppeal")}</a>
      </p>
    </main>
  );
}
