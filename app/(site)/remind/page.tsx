// /remind: behind the appeal's "Remind me later". Snooze the appeal, or leave an address for one
// reminder at a chosen time. Plain forms: works without JavaScript.
import { readRemindPage } from "@/lib/reminders/read-remind-page";
import { remindWhenOptions, type RemindWhen } from "@/lib/reminders/compute-remind-month";
import styles from "./remind.module.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Remind me later" };

export default async function RemindPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { newsroomName, snoozeDays, snoozed, error, emailMarkedInvalid, when, nextMonth, months, chosenMonth, choice, keptFields } = await readRemindPage(await searchParams);
  const labels: Record<RemindWhen, string> = {
    "next-month": `Next month${nextMonth ? ` (early ${nextMonth})` : ""}`,
    "in-3-months": "In 3 months",
    "in-6-months": "In 6 months",
    "in-12-months": "In a year",
    "chosen-month": "In a month I choose:",
  };

  return (
    <main>
      <p>{newsroomName}</p>
      <h1>Remind me later</h1>
      <p className={styles.lede}>No rush. You can put the appeal aside for now, or ask us for a single email at a time that suits you better.</p>
      {snoozed && (
        <p className={styles.notice} role="status">
          Done. We will not show you the appeal in this browser for the next {snoozeDays} days.
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}

      <section className={styles.panel} aria-labelledby="snooze">
        <h2 id="snooze">Not now</h2>
        <p>We will step back for {snoozeDays} days. Nothing is stored about you: a small cookie in this browser remembers it.</p>
        <form method="post" action="/api/reminders/snooze">
          <button className={styles.secondary} type="submit">
            Snooze for {snoozeDays} days
          </button>
        </form>
      </section>

      <section className={styles.panel} aria-labelledby="email-me-heading" id="email-me">
        <h2 id="email-me-heading">Email me once, later</h2>
        <p>
          We will send you one reminder at the time you choose, and nothing else.
          {choice && ` Its link takes you to the appeal with ${choice} already chosen.`}
        </p>
        <form method="post" action="/api/reminders/sign-up">
          {keptFields.map(({ name, value }) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="source" value="appeal" />
          <div className={styles.field}>
            <label htmlFor="email">Your email address</label>
            <input className={styles.input} id="email" name="email" type="email" autoComplete="email" required aria-invalid={emailMarkedInvalid || undefined} />
          </div>
          <fieldset className={styles.choices}>
            <legend className={styles.legend}>When should we write?</legend>
            {remindWhenOptions.map((option) => (
              <div className={styles.choice} key={option}>
                <input type="radio" id={`when-${option}`} name="when" value={option} defaultChecked={option === when} />
                <label htmlFor={`when-${option}`}>{labels[option]}</label>
                {option === "chosen-month" && (
                  <select className={styles.select} name="month" aria-label="Month" defaultValue={chosenMonth}>
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
          <button className={styles.button} type="submit">
            Email me a reminder
          </button>
          <p className={styles.note}>
            First we email you a link to confirm it is you. Your address is kept encrypted and used only for this reminder; if you do not confirm, it is deleted after 7 days. Every email has a link to cancel.
          </p>
        </form>
      </section>
    </main>
  );
}
