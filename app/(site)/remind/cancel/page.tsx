// /remind/cancel?token=...: the cancel link in every reminder email (and where a GET of the
// List-Unsubscribe URL leads). The Cancel button posts; ?cancelled and ?error show the outcome.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "../remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind.cancel"))("title") };
}

export default async function CancelReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; cancelled?: string; error?: string }> }) {
  const { token, cancelled, error } = await searchParams;
  const t = await getTranslations("remind.cancel");
  if (cancelled) {
    return (
      <main>
        <h1>{t("doneHeading")}</h1>
        <p className={styles.lede}>{t("doneBody")}</p>
      </main>
    );
  }
  if (error || !token) {
    return (
      <main>
        <h1>{t("brokenHeading")}</h1>
        <p className={styles.error} role="alert">
          {t("brokenBody")}
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>{t("heading")}</h1>
      <p className={styles.lede}>{t("body")}</p>
      <form method="post" action="/api/reminders/cancel">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={await getLocale()} />
        <button className={styles.button} type="submit">
          {t("button")}
        </button>
      </form>
    </main>
  );
}
