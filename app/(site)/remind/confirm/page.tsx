// /remind/confirm?token=...: the link in the confirmation email. Shows a Confirm button (a GET
// changes nothing, so link scanners cannot confirm); ?confirmed= and ?error= show the outcome.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CONFIRMATION_DAYS } from "@/lib/reminders/confirm-reminder";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import styles from "../remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind.confirm"))("title") };
}

export default async function ConfirmReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; confirmed?: string; error?: string }> }) {
  const { token, confirmed, error } = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("remind.confirm");
  const confirmedMonth = describeMonthParam(confirmed, locale);
  if (confirmedMonth) {
    return (
      <main>
        <h1>{t("setHeading")}</h1>
        <p className={styles.lede}>{t("setBody", { month: confirmedMonth })}</p>
        <p>
          <Link href="/">{(await getTranslations("common"))("backToAppeal")}</Link>
        </p>
      </main>
    );
  }
  if (error || !token) {
    return (
      <main>
        <h1>{t("brokenHeading")}</h1>
        <p className={styles.error} role="alert">
          {t("brokenBody", { days: CONFIRMATION_DAYS })}
        </p>
        <p>
          <Link href="/remind">{t("askAgain")}</Link>
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("body")}</p>
      <form method="post" action="/api/reminders/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={locale} />
        <button className={styles.button} type="submit">
          {t("button")}
        </button>
      </form>
    </main>
  );
}
